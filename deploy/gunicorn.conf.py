"""gunicorn settings for one app server of the guide: `gunicorn -c deploy/gunicorn.conf.py`, run
from the checkout (deploy/systemd/guide-web@.service does). Each value can be set through the
environment (deploy/guide.env.example); DJANGO_SETTINGS_MODULE must name the production settings.

Logs go to stdout as JSON lines, like the site's own (docs/operations.md), for the process
manager to collect: gunicorn's messages and one access line per request, which carries the
request id that nginx set and the app echoed.
"""

import multiprocessing
import os

wsgi_app = "guide_site.wsgi:application"
pythonpath = "site"  # the demo project's folder, relative to the checkout

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
# Sync workers: each request holds one, so the default suits a machine of its own; on a shared
# one set GUNICORN_WORKERS.
workers = int(os.environ.get("GUNICORN_WORKERS", str(multiprocessing.cpu_count() * 2 + 1)))
# A worker silent for this long is killed and replaced (an upload or an admin save that takes
# longer needs more); nginx's proxy_read_timeout is longer, so gunicorn decides.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
# On SIGTERM or a restart, requests in flight get this long to finish.
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "30"))
# Kept-alive connections from nginx (its upstream keepalive) are held this long when idle.
keepalive = int(os.environ.get("GUNICORN_KEEPALIVE", "5"))
# Workers are replaced now and then, so that a slow leak never grows unbounded; the jitter keeps
# them from restarting together.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "2000"))
max_requests_jitter = max_requests // 10
# X-Forwarded-* headers are trusted from nginx on the same machine only; list nginx's address
# (FORWARDED_ALLOW_IPS, read by gunicorn itself) when it runs elsewhere.

accesslog = "-"
errorlog = "-"
access_log_format = '%(h)s "%(r)s" %(s)s %(B)s %(M)sms request_id=%({x-request-id}o)s'
logconfig_dict = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "guide.ops.json_logs.JSONFormatter"}},
    "handlers": {
        "stdout": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "formatter": "json",
        }
    },
    "root": {"handlers": ["stdout"], "level": "INFO"},
    "loggers": {
        "gunicorn.error": {"handlers": ["stdout"], "level": "INFO", "propagate": False},
        "gunicorn.access": {"handlers": ["stdout"], "level": "INFO", "propagate": False},
    },
}
