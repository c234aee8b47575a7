"""Local media storage that never leaves a partial file behind.

Django's FileSystemStorage writes an upload straight to its final name, so a write that fails
half-way (a full disk, a quota) leaves a truncated file in media/ that nothing refers to. This
storage writes to a hidden temporary file in the same folder and gives it its final name only
once every byte is on disk (a hard link, which also refuses to overwrite another file); on any
failure the temporary file is removed and the error goes up to the caller.
"""

import os
import tempfile

from django.core.files.storage import FileSystemStorage

TEMPORARY_PREFIX = ".upload-"


class AtomicFileSystemStorage(FileSystemStorage):
    def _save(self, name, content):
        directory = os.path.dirname(self.path(name))
        os.makedirs(directory, exist_ok=True)
        fd, temporary = tempfile.mkstemp(dir=directory, prefix=TEMPORARY_PREFIX)
        try:
            with os.fdopen(fd, "wb") as file:
                for chunk in content.chunks():
                    file.write(chunk if isinstance(chunk, bytes) else chunk.encode())
                file.flush()
                os.fsync(file.fileno())
            while True:
                try:
                    os.link(temporary, self.path(name))
                    break
                except FileExistsError:
                    name = self.get_available_name(name)
        finally:
            os.unlink(temporary)
        full_path = self.path(name)
        # mkstemp made it private (0600); Django's default for uploads is 0644.
        os.chmod(full_path, self.file_permissions_mode or 0o644)
        return os.path.relpath(full_path, self.location).replace("\\", "/")
