from .._common import FACTOR
from ._cube import Cube
