//===- ListStorage.cpp - the item block of a list and its kinds -----------===//
//
// A list's items live in one heap block: a value-array block for Values
// (traced), a byte-array block for Floats and Bools (not traced: they hold
// no references). Doubles start 8 bytes into their block so they are
// aligned on 32-bit targets too, where the header is one 4-byte word.
// Converting to Values boxes every float; it happens once per list, when
// the first item that does not fit is stored (PyPy's list strategies work
// the same way).
//
//===----------------------------------------------------------------------===//

#include "objects/List.h"

#include "adder/runtime/Heap.h"

#include <string.h>

namespace adder::rt {

namespace {

/// Where the items start in their block.
size_t storageOffset(unsigned K) {
  return K == ListFloats ? sizeof(double) : sizeof(Object);
}

char *bytesOf(const List *L) { return static_cast<char *>(L->storage); }

/// Capacity items of kind K in a new block; null with MemoryError pending.
void *allocateStorage(unsigned K, size_t Capacity) {
  size_t Offset = storageOffset(K);
  Object *Block =
      gcAlloc(K == ListValues ? &adder_type_value_array : &adder_type_byte_array,
              Offset + Capacity * listItemSize(K));
  if (!Block)
    return nullptr;
  return reinterpret_cast<char *>(Block) + Offset;
}

/// Boxes L's items into Out, a value-array block with room for them (so
/// a collection while boxing keeps the finished ones); false on
/// MemoryError.
bool boxItems(const List *L, Value *Out) {
  for (uint32_t I = 0; I < L->size; ++I) {
    Value V = listGet(L, I);
    if (V == Error)
      return false;
    Out[I] = V;
  }
  return true;
}

/// Converts L to Values; false with MemoryError pending (L unchanged).
bool generalize(List *L) {
  if (L->kind() == ListValues)
    return true;
  if (!L->storage) {
    L->setKind(ListValues);
    return true;
  }
  auto *Values =
      static_cast<Value *>(allocateStorage(ListValues, L->capacity()));
  if (!Values || !boxItems(L, Values))
    return false;
  L->storage = Values;
  L->setKind(ListValues);
  return true;
}

/// What listValues and listValuesForRead give for an empty list without a
/// block (callers index only below size).
Value NoItems[1];

} // namespace

void listAdoptKind(List *L, ListKind K) {
  if (L->kind() == K)
    return;
  L->setKind(K);
  L->storage = nullptr;
  L->setCapacity(0);
}

Object *listBlock(const List *L) {
  return reinterpret_cast<Object *>(bytesOf(L) - storageOffset(L->kind()));
}

List *listNewOfKind(ListKind K, size_t Capacity) {
  auto *L = reinterpret_cast<List *>(gcAlloc(&adder_type_list, sizeof(List)));
  if (!L)
    return nullptr;
  L->setKind(K);
  if (Capacity && !listReserve(L, Capacity))
    return nullptr;
  return L;
}

List *listNew(size_t Capacity) { return listNewOfKind(ListValues, Capacity); }

bool listReserve(List *L, size_t NewSize) {
  if (NewSize <= L->capacity())
    return true;
  constexpr size_t MaxItems = List::CapacityMask; // what capacity holds
  if (NewSize > MaxItems) {
    raiseMemoryError();
    return false;
  }
  // CPython's over-allocation: ~1/8 extra plus a little.
  size_t Cap = (NewSize + (NewSize >> 3) + 6) & ~size_t(3);
  if (Cap > MaxItems)
    Cap = MaxItems;
  void *Storage = allocateStorage(L->kind(), Cap);
  if (!Storage)
    return false;
  if (L->size)
    memcpy(Storage, L->storage, L->size * listItemSize(L->kind()));
  L->storage = Storage;
  L->setCapacity(uint32_t(Cap));
  return true;
}

Value listGet(const List *L, size_t I) {
  if (L->kind() == ListValues)
    return L->values()[I];
  if (L->kind() == ListFloats)
    return floatNew(L->floats()[I]);
  return boolValue(L->bools()[I]);
}

bool prepareStore(List *L, Value V) {
  if (L->size == 0) {
    listAdoptKind(L, listKindFor(V));
    return true;
  }
  return storeFits(L, V) || generalize(L);
}

bool listPut(List *L, size_t I, Value V) {
  if (!storeFits(L, V) && !generalize(L))
    return false;
  storeRaw(L, I, V);
  return true;
}

Value *listValues(List *L) {
  if (!generalize(L))
    return nullptr;
  return L->values() ? L->values() : NoItems;
}

const Value *listValuesForRead(const List *L) {
  if (L->kind() == ListValues || L->size == 0)
    return L->kind() == ListValues && L->values() ? L->values() : NoItems;
  auto *Copy = static_cast<Value *>(allocateStorage(ListValues, L->size));
  return Copy && boxItems(L, Copy) ? Copy : nullptr;
}

void listMoveItems(List *L, size_t To, size_t From, size_t Count) {
  size_t S = listItemSize(L->kind());
  memmove(bytesOf(L) + To * S, bytesOf(L) + From * S, Count * S);
}

void listCopyItems(List *Dst, size_t DstIndex, const List *Src,
                   size_t SrcIndex, size_t Count) {
  size_t S = listItemSize(Src->kind());
  if (Count)
    memcpy(bytesOf(Dst) + DstIndex * S, bytesOf(Src) + SrcIndex * S,
           Count * S);
}

void listSwapItems(List *L, size_t I, size_t J) {
  if (L->kind() == ListValues) {
    Value T = L->values()[I];
    L->values()[I] = L->values()[J];
    L->values()[J] = T;
  } else if (L->kind() == ListFloats) {
    double T = L->floats()[I];
    L->floats()[I] = L->floats()[J];
    L->floats()[J] = T;
  } else {
    ListBool T = L->bools()[I];
    L->bools()[I] = L->bools()[J];
    L->bools()[J] = T;
  }
}

void listClear(List *L) {
  L->size = 0;
  L->setCapacity(0);
  L->storage = nullptr;
  L->setKind(ListValues);
}

} // namespace adder::rt
