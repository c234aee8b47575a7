"""A logging formatter that writes each record as one JSON object on one line."""

import json
import logging
from datetime import UTC, datetime

from .request_log import current_request_id

# Attributes every LogRecord has; anything else on a record came from `extra=`.
STANDARD_ATTRIBUTES = set(vars(logging.LogRecord("", 0, "", 0, "", (), None))) | {
    "message",
    "asctime",
}
PLAIN_TYPES = (str, int, float, bool)


class JSONFormatter(logging.Formatter):
    """time, level, logger, message, the request id while a request is served, the plain
    values passed as `extra` (method, path, status, duration_ms...), and any traceback."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        request_id = getattr(record, "request_id", None) or current_request_id.get()
        if request_id:
            entry["request_id"] = request_id
        for name, value in vars(record).items():
            # Objects such as Django's `request` extra are left out: only plain values are data.
            is_plain = value is None or isinstance(value, PLAIN_TYPES)
            if is_plain and name not in STANDARD_ATTRIBUTES and name not in entry:
                entry[name] = value
        if record.exc_info:
            entry["traceback"] = self.formatException(record.exc_info)
        if record.stack_info:
            entry["stack"] = self.formatStack(record.stack_info)
        return json.dumps(entry, ensure_ascii=False)
