"""The public way to read a warehouse from Python: ``from etl.warehouse import Warehouse``.

Tools and notebooks outside the project (the real-report scorer among them) read warehouses
through this name, so it stays put while the code lives in ``etl.io.warehouse``.
"""

from etl.io.warehouse import Warehouse, WarehouseBusy, WarehouseError

__all__ = ["Warehouse", "WarehouseBusy", "WarehouseError"]
