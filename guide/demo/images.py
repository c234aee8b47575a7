"""Landscape illustrations drawn with Pillow, so the demo guide needs no downloaded photos.

Each picture is made from a spec (colours and a few switches) and a random generator seeded from
the spec's key: the same key always gives the same picture.
"""

import io
import random
import zlib
from dataclasses import dataclass

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageChops, ImageDraw, ImageFilter

WIDTH = 1600
HEIGHT = 1000

Colour = tuple[int, int, int]


@dataclass(frozen=True)
class Scene:
    """What to draw: sky gradient, ridge colours from far to near, and optional features."""

    sky_top: Colour
    sky_horizon: Colour
    far: Colour
    near: Colour
    layers: int = 4
    sun: Colour | None = None
    sun_x: float = 0.7
    sun_y: float = 0.25
    snow: bool = False
    lake: Colour | None = None
    houses: int = 0
    steam: bool = False
    ruins: bool = False
    roughness: float = 0.55


def _mix(a: Colour, b: Colour, t: float) -> Colour:
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b, strict=True))


def _ridge(rng: random.Random, base: float, height: float, roughness: float) -> list[float]:
    """A mountain skyline by midpoint displacement: y (in pixels) for 257 points across."""
    points = 256
    ys = [0.0] * (points + 1)
    ys[0] = base - rng.uniform(0, height)
    ys[points] = base - rng.uniform(0, height)
    step, spread = points, height
    while step > 1:
        half = step // 2
        for start in range(0, points, step):
            middle = (ys[start] + ys[start + step]) / 2
            ys[start + half] = middle - rng.uniform(-spread, spread)
        step, spread = half, spread * roughness
    return [min(max(y, HEIGHT * 0.08), HEIGHT * 0.98) for y in ys]


def _ridge_polygon(ys: list[float]) -> list[tuple[float, float]]:
    step = WIDTH / (len(ys) - 1)
    outline = [(index * step, y) for index, y in enumerate(ys)]
    return [*outline, (WIDTH, HEIGHT), (0, HEIGHT)]


def _sky(draw: ImageDraw.ImageDraw, scene: Scene) -> None:
    for y in range(HEIGHT):
        draw.line([(0, y), (WIDTH, y)], fill=_mix(scene.sky_top, scene.sky_horizon, y / HEIGHT))


def _sun(image: PILImage.Image, scene: Scene) -> PILImage.Image:
    """A sun (or moon) disc with a soft glow added to the sky."""
    cx, cy = scene.sun_x * WIDTH, scene.sun_y * HEIGHT
    glow = PILImage.new("RGB", image.size, (0, 0, 0))
    ImageDraw.Draw(glow).ellipse(
        [cx - 170, cy - 170, cx + 170, cy + 170], fill=_mix(scene.sun, (0, 0, 0), 0.55)
    )
    image = ImageChops.add(image, glow.filter(ImageFilter.GaussianBlur(80)))
    ImageDraw.Draw(image).ellipse([cx - 55, cy - 55, cx + 55, cy + 55], fill=scene.sun)
    return image


def _snow(draw: ImageDraw.ImageDraw, rng: random.Random, ys: list[float]) -> None:
    """White caps on the parts of the farthest ridge that rise above a snowline."""
    snowline = min(ys) + HEIGHT * 0.07
    step = WIDTH / (len(ys) - 1)
    top = [(index * step, y) for index, y in enumerate(ys)]
    bottom = [(x, max(y, snowline + rng.uniform(-12, 12))) for x, y in reversed(top)]
    draw.polygon(top + bottom, fill=(240, 244, 250))


def _houses(draw: ImageDraw.ImageDraw, rng: random.Random, count: int, ground: float) -> None:
    """Small stone houses with thatched roofs along the valley floor."""
    for _ in range(count):
        x = rng.uniform(WIDTH * 0.1, WIDTH * 0.9)
        y = ground + rng.uniform(-20, 40)
        width, height = rng.uniform(40, 70), rng.uniform(26, 38)
        wall = _mix((120, 104, 88), (170, 150, 120), rng.random())
        draw.rectangle([x, y - height, x + width, y], fill=wall)
        draw.polygon(
            [(x - 8, y - height), (x + width / 2, y - height - 30), (x + width + 8, y - height)],
            fill=(150, 120, 60),
        )
        draw.rectangle([x + width * 0.4, y - height * 0.6, x + width * 0.6, y], fill=(60, 45, 35))


def _ruins(draw: ImageDraw.ImageDraw, rng: random.Random, ground: float) -> None:
    """Stepped terraces and roofless stone walls on a saddle."""
    left = WIDTH * 0.3
    for step in range(6):
        y = ground - step * 22
        draw.rectangle(
            [left + step * 30, y - 22, WIDTH * 0.75 - step * 30, y],
            fill=_mix((96, 120, 70), (140, 150, 100), step / 6),
        )
        draw.line(
            [(left + step * 30, y), (WIDTH * 0.75 - step * 30, y)], fill=(70, 70, 60), width=3
        )
    for _ in range(8):
        x = rng.uniform(WIDTH * 0.42, WIDTH * 0.62)
        top = ground - 6 * 22 - rng.uniform(20, 45)
        draw.rectangle([x, top, x + rng.uniform(25, 45), ground - 6 * 22], fill=(150, 145, 130))


def _steam(image: PILImage.Image, rng: random.Random, ground: float) -> PILImage.Image:
    """Soft white plumes rising from pools."""
    layer = PILImage.new("L", image.size, 0)
    draw = ImageDraw.Draw(layer)
    pools = ImageDraw.Draw(image)
    for _ in range(5):
        x = rng.uniform(WIDTH * 0.15, WIDTH * 0.75)
        y = ground + rng.uniform(30, 90)
        width = rng.uniform(160, 260)
        pools.ellipse([x, y - 18, x + width, y + 18], fill=(120, 200, 205))
        for puff in range(4):
            px = x + width / 2 + rng.uniform(-40, 40)
            py = y - 40 - puff * 55
            draw.ellipse([px - 70, py - 50, px + 70, py + 50], fill=150 - puff * 25)
    layer = layer.filter(ImageFilter.GaussianBlur(28))
    return PILImage.composite(PILImage.new("RGB", image.size, (245, 245, 245)), image, layer)


def render(key: str, scene: Scene) -> bytes:
    """The JPEG bytes of a scene; the same key and scene always give the same picture."""
    rng = random.Random(zlib.crc32(key.encode()))
    image = PILImage.new("RGB", (WIDTH, HEIGHT))
    _sky(ImageDraw.Draw(image), scene)
    if scene.sun:
        image = _sun(image, scene)
    draw = ImageDraw.Draw(image)

    for layer in range(scene.layers):
        depth = layer / max(scene.layers - 1, 1)  # 0 = farthest, 1 = nearest
        base = HEIGHT * (0.5 + 0.36 * depth)
        ys = _ridge(rng, base, HEIGHT * (0.3 - 0.2 * depth), scene.roughness)
        colour = _mix(_mix(scene.far, scene.sky_horizon, 0.35), scene.near, depth)
        draw.polygon(_ridge_polygon(ys), fill=colour)
        if scene.snow and layer == 0:
            _snow(draw, rng, ys)

    ground = HEIGHT * 0.86
    if scene.lake:
        top = HEIGHT * 0.78
        for y in range(int(top), HEIGHT):
            t = (y - top) / (HEIGHT - top)
            draw.line([(0, y), (WIDTH, y)], fill=_mix(scene.lake, scene.near, t * 0.6))
        for _ in range(30):
            x, y = rng.uniform(0, WIDTH), rng.uniform(top + 10, HEIGHT - 10)
            draw.line(
                [(x, y), (x + rng.uniform(30, 120), y)], fill=_mix(scene.lake, (255, 255, 255), 0.4)
            )
        ground = top
    if scene.ruins:
        _ruins(draw, rng, HEIGHT * 0.8)
    if scene.houses:
        _houses(draw, rng, scene.houses, ground)
    if scene.steam:
        image = _steam(image, rng, ground)

    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=85)
    return buffer.getvalue()


def image_file(key: str, scene: Scene) -> ImageFile:
    return ImageFile(io.BytesIO(render(key, scene)), name=f"demo-{key}.jpg")
