import pytest
from wagtail.blocks.struct_block import StructBlockValidationError

from guide.core.blocks import ComparisonTableBlock


def table(rows, columns=("2 days", "4 days")):
    return ComparisonTableBlock().to_python(
        {
            "title": "Short or long Lares trek",
            "columns": list(columns),
            "rows": [{"label": label, "values": list(values)} for label, values in rows],
        }
    )


def test_a_complete_comparison_table_is_valid():
    block = ComparisonTableBlock()
    value = block.clean(table([("Highest point", ["4,450 m", "4,450 m"]), ("Nights", ["1", "3"])]))
    assert [row["label"] for row in value["rows"]] == ["Highest point", "Nights"]
    assert list(value["rows"][1]["values"]) == ["1", "3"]


def test_a_row_with_a_missing_value_is_rejected_naming_the_row():
    block = ComparisonTableBlock()
    value = table([("Highest point", ["4,450 m", "4,450 m"]), ("Permits", ["None"])])
    with pytest.raises(StructBlockValidationError) as excinfo:
        block.clean(value)
    messages = excinfo.value.as_json_data()["blockErrors"]["rows"]["messages"]
    assert messages == ["Row 2 ('Permits') has 1 values but the table has 2 columns."]


def test_a_row_with_an_extra_value_is_rejected():
    block = ComparisonTableBlock()
    value = table([("Nights", ["1", "3", "4"])])
    with pytest.raises(StructBlockValidationError) as excinfo:
        block.clean(value)
    messages = excinfo.value.as_json_data()["blockErrors"]["rows"]["messages"]
    assert messages == ["Row 1 ('Nights') has 3 values but the table has 2 columns."]
