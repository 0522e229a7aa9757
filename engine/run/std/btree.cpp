// BTreeMap<K, V> and BTreeSet<T> as std 1.95 keeps them: a B-tree of
// B = 6, each node one heap cell, operated on simulated memory by a port of
// alloc/collections/btree (node.rs, search.rs, remove.rs, fix.rs), so the
// allocator sees what rustc's build asks of it, in the same order.
//
//   - The map is {root, height, length}; the root is null until the first
//     insert allocates a leaf. A LeafNode holds up to 11 keys and 11 values
//     ({parent, parent_idx, len, keys, vals}, in the order rustc lays them
//     out); an InternalNode is a leaf followed by 12 edges to its children.
//   - Insert searches each node left to right, `key.cmp(k)` against each
//     key (the learner's own `cmp` called where the key type has one); a full leaf splits around
//     std's split point (a new leaf is allocated, the middle entry moves up),
//     and a full parent splits in turn; a root that splits gets a new
//     internal root above it.
//   - Remove takes an internal entry's place with its predecessor from a
//     leaf; a node left with fewer than 5 entries merges with a sibling (the
//     right node of the two is freed) or steals from it, and the fix goes up
//     while parents shrink; an emptied internal root is freed. The empty leaf
//     of an emptied map stays until the map is dropped.
//   - Dropping walks the entries in order, each dropped key then value, and
//     frees every node as the walk leaves it (std's IntoIter), so a leaf is
//     freed before its parent's next entry is dropped; a consuming `for`
//     loop gets the same schedule.
//   - Clone copies the tree shape node by node (std's clone_subtree).
// A set is a map whose values are zero-sized. The std rows that need no
// node of their own are in run/std/btree_methods.cpp.
#include "run/interpreter.h"
#include "run/std/std_locations.h"

namespace sh {

namespace {

constexpr uint64_t kCapacity = 11, kMinLen = 5;
constexpr uint64_t kRootAt = 0, kHeightAt = 8, kLengthAt = 16;

struct KvHandle {
  Address node = 0;
  uint64_t height = 0;
  uint64_t idx = 0;
};

// std's splitpoint: where a full node of 11 splits when an entry goes in at
// edge `edge`, and which half then takes the entry, at which edge.
struct SplitPoint {
  uint64_t middle;
  bool right;
  uint64_t at;
};
SplitPoint splitpoint(uint64_t edge) {
  if (edge < 5) return {4, false, edge};
  if (edge == 5) return {5, false, edge};
  if (edge == 6) return {5, true, 0};
  return {6, true, edge - 7};
}

// The BTreeMap<K, V> an Entry<K, V> is of.
TypeId treeOfEntry(const TypeTable& T, TypeId entry) {
  Type m;
  m.kind = TypeKind::BTreeMap;
  m.args = T.get(entry).args;
  return T.find(m);
}

}  // namespace

// One tree of one map, its nodes read and written in simulated memory.
class BTree {
 public:
  BTree(Interpreter& in, Memory& mem, const TypeTable& T, Address header, TypeId mapOrSet)
      : in_(in), mem_(mem), T_(T), header_(header), leaf_(T.btreeNodeOf(mapOrSet, false)),
        internal_(T.btreeNodeOf(mapOrSet, true)) {
    const Type& node = T_.get(leaf_);
    keyType_ = node.args[0];
    valueType_ = node.args[1];
    const Layout& l = T_.layout(leaf_);
    parentAt_ = l.fields[0].offset;
    parentIdxAt_ = l.fields[1].offset;
    lenAt_ = l.fields[2].offset;
    keysAt_ = l.fields[3].offset;
    valsAt_ = l.fields[4].offset;
    edgesAt_ = T_.layout(internal_).fields[5].offset;
    keySize_ = T_.layout(keyType_).size;
    valueSize_ = T_.layout(valueType_).size;
  }

  // ---------------------------------------------------------------- the map's header
  Address root() const { return mem_.readU64(header_ + kRootAt); }
  uint64_t height() const { return mem_.readU64(header_ + kHeightAt); }
  uint64_t length() const { return mem_.readU64(header_ + kLengthAt); }
  void setRoot(Address node, uint64_t height) {
    mem_.writeU64(header_ + kRootAt, node);
    mem_.writeU64(header_ + kHeightAt, height);
  }
  void setLength(uint64_t n) { mem_.writeU64(header_ + kLengthAt, n); }

  // ---------------------------------------------------------------- a node's fields
  uint64_t len(Address n) const { return u16At(n + lenAt_); }
  void setLen(Address n, uint64_t len) { writeU16(n + lenAt_, len); }
  Address parent(Address n) const { return mem_.readU64(n + parentAt_); }
  void clearParent(Address n) { mem_.writeU64(n + parentAt_, 0); }
  uint64_t parentIdx(Address n) const { return u16At(n + parentIdxAt_); }
  Address keyAt(Address n, uint64_t i) const { return n + keysAt_ + i * keySize_; }
  Address valueAt(Address n, uint64_t i) const { return n + valsAt_ + i * valueSize_; }
  Address edge(Address n, uint64_t i) const { return mem_.readU64(n + edgesAt_ + i * 8); }
  TypeId keyType() const { return keyType_; }
  TypeId valueType() const { return valueType_; }

  // Edge i of n is child, whose parent link says so (correct_parent_link).
  void setEdge(Address n, uint64_t i, Address child) {
    mem_.writeU64(n + edgesAt_ + i * 8, child);
    mem_.writeU64(child + parentAt_, n);
    writeU16(child + parentIdxAt_, i);
  }

  Value read(Address at, TypeId type, uint64_t size) const {
    Value v(type, size);
    mem_.read(at, v.data(), size);
    return v;
  }
  Value key(Address n, uint64_t i) const { return read(keyAt(n, i), keyType_, keySize_); }
  Value value(Address n, uint64_t i) const { return read(valueAt(n, i), valueType_, valueSize_); }
  void writeKv(Address n, uint64_t i, const Value& k, const Value& v) {
    mem_.write(keyAt(n, i), k.data(), keySize_);
    mem_.write(valueAt(n, i), v.data(), valueSize_);
  }

  // `count` entries of `from` starting at fi to `to` at ti (the same node
  // too: the bytes are read before any is written).
  void moveKvs(Address from, uint64_t fi, Address to, uint64_t ti, uint64_t count) {
    if (count == 0) return;
    std::vector<uint8_t> keys(count * keySize_), values(count * valueSize_);
    mem_.read(keyAt(from, fi), keys.data(), keys.size());
    mem_.read(valueAt(from, fi), values.data(), values.size());
    mem_.write(keyAt(to, ti), keys.data(), keys.size());
    mem_.write(valueAt(to, ti), values.data(), values.size());
  }

  // The same for edges, each moved child told its new parent and index.
  void moveEdges(Address from, uint64_t fi, Address to, uint64_t ti, uint64_t count) {
    std::vector<Address> children;
    for (uint64_t i = 0; i < count; ++i) children.push_back(edge(from, fi + i));
    for (uint64_t i = 0; i < count; ++i) setEdge(to, ti + i, children[i]);
  }

  // LeafNode::new / InternalNode::new: no parent, no entries.
  Address allocateNode(bool internal) {
    const Layout& l = T_.layout(internal ? internal_ : leaf_);
    HeapCell& cell = mem_.allocate(l.size, static_cast<uint32_t>(l.align), internal ? internal_ : leaf_, 1);
    Address n = cell.addr;
    clearParent(n);
    setLen(n, 0);
    mem_.setLength(cell.id, 1);
    return n;
  }
  void freeNode(Address n) { mem_.free(mem_.liveCellAt(n).id); }

  // ---------------------------------------------------------------- search

  // search_tree: each node's keys left to right; the entry, or the leaf
  // edge where the key would go.
  bool search(const Place& key, KvHandle& at) {
    Address n = root();
    uint64_t h = height();
    for (;;) {
      uint64_t i = 0, l = len(n);
      for (; i < l; ++i) {
        int c = in_.cmpAsStd(key, Place{keyAt(n, i), keyType_});  // `key.cmp(k.borrow())`
        if (c == 0) {
          at = {n, h, i};
          return true;
        }
        if (c < 0) break;
      }
      if (h == 0) {
        at = {n, 0, i};
        return false;
      }
      n = edge(n, i);
      --h;
    }
  }

  KvHandle firstLeafKv() const {
    Address n = root();
    for (uint64_t h = height(); h > 0; --h) n = edge(n, 0);
    return {n, 0, 0};
  }
  KvHandle lastLeafKv() const {
    Address n = root();
    for (uint64_t h = height(); h > 0; --h) n = edge(n, len(n));
    return {n, 0, len(n) - 1};
  }

  // Every entry in key order: (node, idx) handles.
  void inOrder(Address n, uint64_t h, std::vector<KvHandle>& out) const {
    for (uint64_t i = 0; i < len(n); ++i) {
      if (h > 0) inOrder(edge(n, i), h - 1, out);
      out.push_back({n, h, i});
    }
    if (h > 0) inOrder(edge(n, len(n)), h - 1, out);
  }
  std::vector<KvHandle> entries() const {
    std::vector<KvHandle> out;
    if (root() != 0) inOrder(root(), height(), out);
    return out;
  }

  // The order std's IntoIter takes the tree apart in: the entries in key
  // order, and before each (and after the last) the nodes the walk leaves
  // and frees, children before their parent.
  void teardown(Address n, uint64_t h, std::vector<KvHandle>& entries, std::vector<std::vector<Address>>& frees,
                std::vector<Address>& pending) const {
    auto entry = [&](uint64_t i) {
      frees.push_back(std::move(pending));
      pending.clear();
      entries.push_back({n, h, i});
    };
    for (uint64_t i = 0; i < len(n); ++i) {
      if (h > 0) teardown(edge(n, i), h - 1, entries, frees, pending);
      entry(i);
    }
    if (h > 0) teardown(edge(n, len(n)), h - 1, entries, frees, pending);
    pending.push_back(n);
  }

  // ---------------------------------------------------------------- insert

  // insert_fit into a node with room: the entries from idx on move right.
  Address insertFit(Address n, uint64_t idx, const Value& k, const Value& v) {
    uint64_t l = len(n);
    moveKvs(n, idx, n, idx + 1, l - idx);
    writeKv(n, idx, k, v);
    setLen(n, l + 1);
    return valueAt(n, idx);
  }
  // The same in an internal node, with the edge to the right of the entry.
  void insertFitWithEdge(Address n, uint64_t idx, const Value& k, const Value& v, Address right) {
    uint64_t l = len(n);
    insertFit(n, idx, k, v);
    moveEdges(n, idx + 1, n, idx + 2, l - idx);
    setEdge(n, idx + 1, right);
  }

  struct Split {
    Address left;
    Value key, value;
    Address right;
  };
  // A node of height h split at its entry `middle`: a new node takes the
  // entries (and edges) after it, and the middle entry is taken out.
  Split split(Address n, uint64_t h, uint64_t middle) {
    Address fresh = allocateNode(h > 0);
    uint64_t l = len(n), newLen = l - middle - 1;
    Split s{n, key(n, middle), value(n, middle), fresh};
    moveKvs(n, middle + 1, fresh, 0, newLen);
    if (h > 0) moveEdges(n, middle + 1, fresh, 0, newLen + 1);
    setLen(fresh, newLen);
    setLen(n, middle);
    return s;
  }

  // insert_recursing: into the leaf at `at`, splitting full nodes on the way
  // up; a split root gets a new internal root (push_internal_level). The
  // inserted value's address.
  Address insert(KvHandle at, const Value& k, const Value& v) {
    if (len(at.node) < kCapacity) return insertFit(at.node, at.idx, k, v);
    SplitPoint sp = splitpoint(at.idx);
    Split s = split(at.node, 0, sp.middle);
    Address inserted = insertFit(sp.right ? s.right : s.left, sp.at, k, v);
    for (uint64_t h = 1;; ++h) {
      Address p = parent(s.left);
      if (p == 0) {
        Address top = allocateNode(true);
        setEdge(top, 0, s.left);
        setRoot(top, height() + 1);
        insertFitWithEdge(top, 0, s.key, s.value, s.right);
        return inserted;
      }
      uint64_t idx = parentIdx(s.left);
      if (len(p) < kCapacity) {
        insertFitWithEdge(p, idx, s.key, s.value, s.right);
        return inserted;
      }
      SplitPoint up = splitpoint(idx);
      Split next = split(p, h, up.middle);
      insertFitWithEdge(up.right ? next.right : next.left, up.at, s.key, s.value, s.right);
      s = std::move(next);
    }
  }

  // VacantEntry::insert: a first leaf for a map without a root, else insert.
  Address insertVacant(KvHandle at, const Value& k, const Value& v) {
    Address inserted;
    if (root() == 0) {
      Address leaf = allocateNode(false);
      setRoot(leaf, 0);
      inserted = insertFit(leaf, 0, k, v);
    } else {
      inserted = insert(at, k, v);
    }
    setLength(length() + 1);
    return inserted;
  }

  // ---------------------------------------------------------------- remove

  // do_merge: the parent's entry i and its right child come down into its
  // left child; the right child is freed.
  void merge(Address p, uint64_t i, uint64_t childHeight) {
    Address left = edge(p, i), right = edge(p, i + 1);
    uint64_t parentLen = len(p), leftLen = len(left), rightLen = len(right);
    Value k = key(p, i), v = value(p, i);
    moveKvs(p, i + 1, p, i, parentLen - i - 1);
    writeKv(left, leftLen, k, v);
    moveKvs(right, 0, left, leftLen + 1, rightLen);
    moveEdges(p, i + 2, p, i + 1, parentLen - i - 1);
    setLen(p, parentLen - 1);
    setLen(left, leftLen + 1 + rightLen);
    if (childHeight > 0) moveEdges(right, 0, left, leftLen + 1, rightLen + 1);
    freeNode(right);
  }

  // bulk_steal_left: `count` entries rotate from the left child through the
  // parent's entry i into the right child.
  void stealLeft(Address p, uint64_t i, uint64_t childHeight, uint64_t count) {
    Address left = edge(p, i), right = edge(p, i + 1);
    uint64_t leftLen = len(left), rightLen = len(right), newLeftLen = leftLen - count;
    moveKvs(right, 0, right, count, rightLen);
    moveKvs(left, newLeftLen + 1, right, 0, count - 1);
    Value k = key(left, newLeftLen), v = value(left, newLeftLen);
    Value pk = key(p, i), pv = value(p, i);
    writeKv(p, i, k, v);
    writeKv(right, count - 1, pk, pv);
    if (childHeight > 0) {
      moveEdges(right, 0, right, count, rightLen + 1);
      moveEdges(left, newLeftLen + 1, right, 0, count);
    }
    setLen(left, newLeftLen);
    setLen(right, rightLen + count);
  }

  // bulk_steal_right: the mirror image, into the left child.
  void stealRight(Address p, uint64_t i, uint64_t childHeight, uint64_t count) {
    Address left = edge(p, i), right = edge(p, i + 1);
    uint64_t leftLen = len(left), rightLen = len(right), newRightLen = rightLen - count;
    Value k = key(right, count - 1), v = value(right, count - 1);
    Value pk = key(p, i), pv = value(p, i);
    writeKv(p, i, k, v);
    writeKv(left, leftLen, pk, pv);
    moveKvs(right, 0, left, leftLen + 1, count - 1);
    moveKvs(right, count, right, 0, newRightLen);
    if (childHeight > 0) {
      moveEdges(right, 0, left, leftLen + 1, count);
      moveEdges(right, count, right, 0, newRightLen + 1);
    }
    setLen(left, leftLen + count);
    setLen(right, newRightLen);
  }

  // fix_node_and_affected_ancestors: false when the root was emptied.
  bool fixAncestors(Address n, uint64_t h) {
    for (;;) {
      uint64_t l = len(n);
      if (l >= kMinLen) return true;
      Address p = parent(n);
      if (p == 0) return l > 0;
      uint64_t idx = parentIdx(n);
      bool fromLeft = idx > 0;
      uint64_t kv = fromLeft ? idx - 1 : 0;
      if (len(edge(p, kv)) + 1 + len(edge(p, kv + 1)) <= kCapacity) {
        merge(p, kv, h);
        n = p;
        ++h;
        continue;
      }
      if (fromLeft) stealLeft(p, kv, h, kMinLen - l);
      else stealRight(p, kv, h, kMinLen - l);
      return true;
    }
  }

  // remove_leaf_kv: the entry out of its leaf; an underfull leaf merges or
  // steals one, then its ancestors are fixed. `pos` follows the edge where
  // the entry was, wherever the rebalancing moves it.
  std::pair<Value, Value> removeFromLeaf(KvHandle at, KvHandle& pos, bool& emptiedRoot) {
    Address n = at.node;
    Value k = key(n, at.idx), v = value(n, at.idx);
    uint64_t l = len(n);
    moveKvs(n, at.idx + 1, n, at.idx, l - at.idx - 1);
    setLen(n, l - 1);
    pos = {n, 0, at.idx};
    if (l - 1 >= kMinLen) return {std::move(k), std::move(v)};
    if (Address p = parent(n)) {
      uint64_t idx = parentIdx(n);
      if (idx > 0) {
        Address left = edge(p, idx - 1);
        uint64_t leftLen = len(left);
        if (leftLen + 1 + (l - 1) <= kCapacity) {
          merge(p, idx - 1, 0);
          pos = {left, 0, leftLen + 1 + at.idx};
        } else {
          stealLeft(p, idx - 1, 0, 1);
          pos.idx = at.idx + 1;
        }
      } else if ((l - 1) + 1 + len(edge(p, 1)) <= kCapacity) {
        merge(p, 0, 0);
      } else {
        stealRight(p, 0, 0, 1);
      }
    }
    if (Address p = parent(pos.node); p != 0 && !fixAncestors(p, 1)) emptiedRoot = true;
    return {std::move(k), std::move(v)};
  }

  // remove_kv_tracking, then the map's count and an emptied root's level
  // (pop_internal_level). An internal entry is replaced by its predecessor,
  // the last entry of the rightmost leaf to its left.
  std::pair<Value, Value> remove(KvHandle at) {
    bool emptiedRoot = false;
    KvHandle pos;
    std::pair<Value, Value> out;
    if (at.height == 0) {
      out = removeFromLeaf(at, pos, emptiedRoot);
    } else {
      Address leaf = edge(at.node, at.idx);
      for (uint64_t h = at.height - 1; h > 0; --h) leaf = edge(leaf, len(leaf));
      std::pair<Value, Value> predecessor = removeFromLeaf({leaf, 0, len(leaf) - 1}, pos, emptiedRoot);
      Address n = pos.node;
      uint64_t i = pos.idx;
      while (i >= len(n)) {
        i = parentIdx(n);
        n = parent(n);
      }
      out = {key(n, i), value(n, i)};
      writeKv(n, i, predecessor.first, predecessor.second);
    }
    setLength(length() - 1);
    if (emptiedRoot) {
      Address top = root();
      Address child = edge(top, 0);
      setRoot(child, height() - 1);
      clearParent(child);
      freeNode(top);
    }
    return out;
  }

  // ---------------------------------------------------------------- building from sorted entries

  // bulk_push, after Root::new's leaf: each entry pushed onto the rightmost
  // leaf; a full one sends the entry up to the lowest ancestor with room (a
  // new root level when there is none), with a fresh right subtree of the
  // height below it. Then fix_right_border_of_plentiful tops up the right
  // border's nodes from their left siblings.
  Address bulkStart() {
    Address leaf = allocateNode(false);
    setRoot(leaf, 0);
    return leaf;
  }
  // One entry onto the rightmost leaf `current`; the rightmost leaf after it.
  Address bulkPush(Address current, const Value& k, const Value& v) {
    setLength(length() + 1);
    if (len(current) < kCapacity) {
      insertFit(current, len(current), k, v);
      return current;
    }
    Address open = current;
    uint64_t h = 0;
    do {
      open = parent(open);
      ++h;
    } while (open != 0 && len(open) == kCapacity);
    if (open == 0) {
      open = allocateNode(true);
      setEdge(open, 0, root());
      setRoot(open, height() + 1);
      h = height();
    }
    Address right = allocateNode(false);
    for (uint64_t i = 1; i < h; ++i) {
      Address top = allocateNode(true);
      setEdge(top, 0, right);
      right = top;
    }
    insertFitWithEdge(open, len(open), k, v, right);
    for (uint64_t i = 0; i < h; ++i) open = edge(open, len(open));
    return open;
  }
  void fixRightBorder() {
    Address n = root();
    for (uint64_t h = height(); h > 0; --h) {
      uint64_t last = len(n) - 1;
      uint64_t rightLen = len(edge(n, last + 1));
      if (rightLen < kMinLen) stealLeft(n, last, h - 1, kMinLen - rightLen);
      n = edge(n, last + 1);
    }
  }

  // ---------------------------------------------------------------- clone

  // clone_subtree: a leaf's entries pushed one by one into a new leaf; an
  // internal node's first subtree first, then a new root above it, then
  // each entry and the subtree after it. The new subtree's root and length.
  std::pair<Address, uint64_t> cloneSubtree(Address n, uint64_t h, Span at) {
    if (h == 0) {
      Address out = allocateNode(false);
      for (uint64_t i = 0; i < len(n); ++i) {
        Value k = in_.cloneValue(keyAt(n, i), keyType_, at);
        Value v = in_.cloneValue(valueAt(n, i), valueType_, at);
        insertFit(out, i, k, v);
      }
      return {out, len(n)};
    }
    auto [first, length] = cloneSubtree(edge(n, 0), h - 1, at);
    Address out = allocateNode(true);
    setEdge(out, 0, first);
    for (uint64_t i = 0; i < len(n); ++i) {
      Value k = in_.cloneValue(keyAt(n, i), keyType_, at);
      Value v = in_.cloneValue(valueAt(n, i), valueType_, at);
      auto [sub, subLength] = cloneSubtree(edge(n, i + 1), h - 1, at);
      insertFitWithEdge(out, i, k, v, sub);
      length += 1 + subLength;
    }
    return {out, length};
  }

 private:
  uint64_t u16At(Address at) const {
    uint16_t v = 0;
    mem_.read(at, &v, 2);
    return v;
  }
  void writeU16(Address at, uint64_t v) {
    auto narrow = static_cast<uint16_t>(v);
    mem_.write(at, &narrow, 2);
  }

  Interpreter& in_;
  Memory& mem_;
  const TypeTable& T_;
  Address header_;
  TypeId leaf_, internal_, keyType_ = kNoType, valueType_ = kNoType;
  uint64_t parentAt_ = 0, parentIdxAt_ = 0, lenAt_ = 0, keysAt_ = 0, valsAt_ = 0, edgesAt_ = 0, keySize_ = 0, valueSize_ = 0;
};

// ---------------------------------------------------------------- for the rest of the interpreter

Value Interpreter::newBTree(TypeId mapOrSet) { return Value(mapOrSet, 24); }

uint64_t Interpreter::btreeLength(Address header) const { return mem_.readU64(header + kLengthAt); }

// Each entry's key and value in key order (a set's value is zero-sized).
std::vector<std::pair<Address, Address>> Interpreter::btreeEntries(Address header, TypeId mapOrSet) {
  BTree tree(*this, mem_, T_, header, mapOrSet);
  std::vector<std::pair<Address, Address>> out;
  for (const KvHandle& h : tree.entries()) out.emplace_back(tree.keyAt(h.node, h.idx), tree.valueAt(h.node, h.idx));
  return out;
}

// The entries moved out in key order (a map's as (K, V) tuples, a set's as
// T), and before each and after the last, the nodes to free then.
BTreeTeardown Interpreter::takeBTree(Address header, TypeId mapOrSet) {
  BTree tree(*this, mem_, T_, header, mapOrSet);
  BTreeTeardown out;
  if (tree.root() == 0) return out;
  std::vector<KvHandle> entries;
  std::vector<Address> pending;
  tree.teardown(tree.root(), tree.height(), entries, out.freesBefore, pending);
  out.freesBefore.push_back(std::move(pending));
  bool isMap = T_.get(mapOrSet).kind == TypeKind::BTreeMap;
  for (const KvHandle& h : entries) {
    Value k = tree.key(h.node, h.idx);
    if (!isMap) {
      out.items.push_back(std::move(k));
      continue;
    }
    Type tuple;
    tuple.kind = TypeKind::Tuple;
    tuple.args = {tree.keyType(), tree.valueType()};
    TypeId pair = T_.find(tuple);  // the loop's item type, interned by the checker
    const Layout& l = T_.layout(pair);
    Value item(pair, l.size);
    std::memcpy(item.data() + l.fields[0].offset, k.data(), k.size());
    Value v = tree.value(h.node, h.idx);
    std::memcpy(item.data() + l.fields[1].offset, v.data(), v.size());
    out.items.push_back(std::move(item));
  }
  return out;
}

void Interpreter::freeBTreeNodes(const std::vector<Address>& nodes) {
  for (Address n : nodes) mem_.free(mem_.liveCellAt(n).id);
}

// Drop glue and clear: std's IntoIter, each key dropped then its value, each
// node freed as the walk leaves it.
void Interpreter::dropBTree(Address header, TypeId mapOrSet) {
  BTree tree(*this, mem_, T_, header, mapOrSet);
  if (tree.root() == 0) return;
  std::vector<KvHandle> entries;
  std::vector<std::vector<Address>> frees;
  std::vector<Address> pending;
  tree.teardown(tree.root(), tree.height(), entries, frees, pending);
  for (size_t i = 0; i < entries.size(); ++i) {
    freeBTreeNodes(frees[i]);
    dropValue(tree.keyAt(entries[i].node, entries[i].idx), tree.keyType());
    dropValue(tree.valueAt(entries[i].node, entries[i].idx), tree.valueType());
  }
  freeBTreeNodes(pending);
}

void Interpreter::leakBTree(Address header, TypeId mapOrSet) {
  BTree tree(*this, mem_, T_, header, mapOrSet);
  if (tree.root() == 0) return;
  std::vector<KvHandle> entries;
  std::vector<std::vector<Address>> frees;
  std::vector<Address> nodes;
  tree.teardown(tree.root(), tree.height(), entries, frees, nodes);
  for (const KvHandle& h : entries) {
    leakOwned(tree.keyAt(h.node, h.idx), tree.keyType());
    leakOwned(tree.valueAt(h.node, h.idx), tree.valueType());
  }
  for (const auto& before : frees) nodes.insert(nodes.end(), before.begin(), before.end());
  for (Address n : nodes) mem_.leak(mem_.liveCellAt(n).id);
}

// BTreeMap::clone: an empty map clones to a map without a root.
Value Interpreter::cloneBTree(Address header, TypeId mapOrSet, Span at) {
  Value out = newBTree(mapOrSet);
  BTree tree(*this, mem_, T_, header, mapOrSet);
  if (tree.length() == 0) return out;
  auto [root, length] = tree.cloneSubtree(tree.root(), tree.height(), at);
  out.setU64(kRootAt, root);
  out.setU64(kHeightAt, tree.height());
  out.setU64(kLengthAt, length);
  return out;
}

// `for (k, v) in &map`, `for x in &set`: references into the nodes, in key order.
std::vector<Value> Interpreter::btreeItems(Address header, TypeId mapOrSet, TypeId itemType) {
  std::vector<Value> items;
  bool isMap = T_.get(mapOrSet).kind == TypeKind::BTreeMap;
  for (auto [key, value] : btreeEntries(header, mapOrSet)) {
    if (!isMap) {
      Value r(itemType, 8);
      r.setU64(0, key);
      items.push_back(std::move(r));
      continue;
    }
    const Layout& l = T_.layout(itemType);
    Value pair(itemType, l.size);
    pair.setU64(l.fields[0].offset, key);
    pair.setU64(l.fields[1].offset, value);
    items.push_back(std::move(pair));
  }
  return items;
}

// range(bounds) and range_mut(bounds): the entries whose key lies within
// the bounds the argument spells (`a..b`, `a..=b`, `a..`, `..b`, `..=b`,
// `..`, or a `(Bound, Bound)` pair, of keys or of references to them), as
// references (range_mut's values as `&mut`). A tree with a root first
// checks the bounds as std's search_tree_for_bifurcation does (equal
// excluded ends, then a start above the end, panic inside std); an empty
// map returns nothing unchecked. The bounds are dropped as the call ends.
Value Interpreter::btreeRange(StdCall& c) {
  struct End {
    bool bounded = false, included = false;
    Place at;
  };
  End ends[2];
  const Type& arg = T_.get(c.args[0].type);
  const Layout& l = T_.layout(c.args[0].type);
  Address at = holdInScratch(c.args[0]);
  if (arg.kind == TypeKind::Tuple) {  // (Bound, Bound): Included(x), Excluded(x) or Unbounded each
    for (int i = 0; i < 2; ++i) {
      Address b = at + l.fields[i].offset;
      TypeId bound = l.fields[i].type;
      uint32_t variant = variantAt(b, bound);
      ends[i].bounded = variant != 2;
      ends[i].included = variant == 0;
      if (ends[i].bounded) ends[i].at = Place{b + T_.layout(bound).variants[variant].offsets[0], T_.get(bound).args[0]};
    }
  } else {
    const Expr* spelled = &withoutParens(*c.call.args[0]);
    bool literal = spelled->kind == ExprKind::Range;
    ends[0] = {!literal || spelled->lhs != nullptr, true, Place{at + l.fields[0].offset, arg.args[0]}};
    ends[1] = {!literal || spelled->rhs != nullptr, arg.inclusive, Place{at + l.fields[1].offset, arg.args[0]}};
  }
  if (ends[0].bounded && ends[1].bounded && mem_.readU64(c.recv.addr + kRootAt) != 0) {
    bool isSet = T_.get(c.recv.type).kind == TypeKind::BTreeSet;
    int order = compareValues(ends[0].at, ends[1].at);
    if (order == 0 && !ends[0].included && !ends[1].included)
      throw Panic{std::string("range start and end are equal and excluded in ") + (isSet ? "BTreeSet" : "BTreeMap"), c.call.nameSpan,
                  stdLocation(isSet ? StdSite::BTreeSetRangeEmpty : StdSite::BTreeMapRangeEmpty)};
    if (order > 0)
      throw Panic{std::string("range start is greater than range end in ") + (isSet ? "BTreeSet" : "BTreeMap"), c.call.nameSpan,
                  stdLocation(isSet ? StdSite::BTreeSetRangeReversed : StdSite::BTreeMapRangeReversed)};
  }
  std::vector<Value> all = btreeItems(c.recv.addr, c.recv.type, itemOf(c));
  std::vector<std::pair<Address, Address>> entries = btreeEntries(c.recv.addr, c.recv.type);
  TypeId keyType = T_.get(c.recv.type).args[0];
  for (size_t i = 0; i < entries.size(); ++i) {
    Place key{entries[i].first, keyType};
    if (ends[0].bounded && compareValues(key, ends[0].at) < (ends[0].included ? 0 : 1)) continue;
    if (ends[1].bounded && compareValues(key, ends[1].at) > (ends[1].included ? 0 : -1)) continue;
    c.items.push_back(std::move(all[i]));
  }
  if (arg.kind == TypeKind::Tuple) {
    dropValue(at, c.args[0].type);
  } else {
    for (const End& end : ends)
      if (end.bounded) dropValue(end.at.addr, end.at.type);
  }
  return makeUnit();
}

Value Interpreter::runBMapRange(StdCall& c) { return btreeRange(c); }
Value Interpreter::runBMapRangeMut(StdCall& c) { return btreeRange(c); }
Value Interpreter::runBSetRange(StdCall& c) { return btreeRange(c); }

// The value's place for a key, if the map has it.
std::optional<Address> Interpreter::btreeFind(Address header, TypeId mapOrSet, const Place& key) {
  BTree tree(*this, mem_, T_, header, mapOrSet);
  KvHandle at;
  if (tree.root() == 0 || !tree.search(key, at)) return std::nullopt;
  return tree.valueAt(at.node, at.idx);
}

// `map[&key]`: the value's place, or std's panic for a missing key, which
// rustc reports at the `[`.
Place Interpreter::btreeIndexPlace(const Expr& e, const Place& map) {
  Value ref = eval(*e.rhs);
  std::optional<Address> found = btreeFind(map.addr, map.type, lookupKey(ref));
  if (!found) {
    auto bracket = static_cast<uint32_t>(file_.text().find('[', e.lhs->span.end));
    panic("no entry found for key", Span{bracket, bracket + 1});
  }
  return Place{*found, T_.get(map.type).args[1]};
}

// insert for maps and sets: the key searched for (and dropped when it is
// there, its value replaced), or a new entry. Some(old value) when the key was there.
std::optional<Value> Interpreter::insertIntoBTree(Address header, TypeId mapOrSet, const Value& key, const Value& value) {
  BTree tree(*this, mem_, T_, header, mapOrSet);
  Address keyAt = holdInScratch(key);
  KvHandle at;
  if (tree.root() != 0 && tree.search(Place{keyAt, key.type}, at)) {
    dropValue(keyAt, key.type);
    Value old = tree.value(at.node, at.idx);
    mem_.write(tree.valueAt(at.node, at.idx), value.data(), value.size());
    return old;
  }
  tree.insertVacant(at, key, value);
  return std::nullopt;
}

// remove for maps and sets: the stored key and value taken out.
std::optional<std::pair<Value, Value>> Interpreter::removeFromBTree(Address header, TypeId mapOrSet, const Place& key) {
  BTree tree(*this, mem_, T_, header, mapOrSet);
  KvHandle at;
  if (tree.root() == 0 || !tree.search(key, at)) return std::nullopt;
  return tree.remove(at);
}

// pop_first, pop_last: the first or last entry taken out.
std::optional<std::pair<Value, Value>> Interpreter::popBTree(Address header, TypeId mapOrSet, bool last) {
  BTree tree(*this, mem_, T_, header, mapOrSet);
  if (tree.length() == 0) return std::nullopt;
  return tree.remove(last ? tree.lastLeafKv() : tree.firstLeafKv());
}


// bulk_build_from_sorted_iter: a new root leaf, then each entry pushed in
// turn, an entry whose key the next one repeats dropped instead (std's
// DedupSortedIter keeps the last); the source is gone once the last entry
// is in (`entriesGone`), then the right border is topped up.
void Interpreter::btreeBulkBuild(Address header, TypeId mapOrSet, std::vector<std::pair<Value, Value>>& entries,
                                 const std::function<void()>& entriesGone) {
  BTree tree(*this, mem_, T_, header, mapOrSet);
  Address current = tree.bulkStart();
  for (size_t i = 0; i < entries.size(); ++i) {
    if (i + 1 < entries.size() && compareKeys(entries[i].first, entries[i + 1].first) == 0) {
      dropValueNow(std::move(entries[i].first));
      dropValueNow(std::move(entries[i].second));
      continue;
    }
    current = tree.bulkPush(current, entries[i].first, entries[i].second);
  }
  entriesGone();
  tree.fixRightBorder();
}

// ---------------------------------------------------------------- Entry<K, V>

// entry(): Occupied {node, height, idx, the map} when the key is there (the
// key itself dropped), else Vacant {key, the leaf edge (a null node for a
// map without a root), the map}.
Value Interpreter::runBMapEntry(StdCall& c) {
  const Layout& l = T_.layout(c.call.type);
  Value entry(c.call.type, l.size);
  BTree tree(*this, mem_, T_, c.recv.addr, c.recv.type);
  Address keyAt = holdInScratch(c.args[0]);
  KvHandle at;
  if (tree.root() != 0 && tree.search(Place{keyAt, c.args[0].type}, at)) {
    const std::vector<uint64_t>& o = l.variants[0].offsets;
    entry.setU64(o[0], at.node);
    entry.setU64(o[1], at.height);
    entry.setU64(o[2], at.idx);
    entry.setU64(o[3], c.recv.addr);
    setVariant(entry.data(), c.call.type, 0);
    dropValue(keyAt, c.args[0].type);
    return entry;
  }
  const std::vector<uint64_t>& o = l.variants[1].offsets;
  std::memcpy(entry.data() + o[0], c.args[0].data(), c.args[0].size());
  entry.setU64(o[1], tree.root() == 0 ? 0 : at.node);
  entry.setU64(o[2], 0);
  entry.setU64(o[3], at.idx);
  entry.setU64(o[4], c.recv.addr);
  setVariant(entry.data(), c.call.type, 1);
  return entry;
}

// The &mut V of an occupied entry, or of the value a vacant one inserts.
Value Interpreter::btreeEntryValueRef(StdCall& c, const Value* inserted) {
  const Value& entry = c.self;
  const Layout& l = T_.layout(entry.type);
  TypeId keyType = T_.get(entry.type).args[0];
  TypeId mapType = treeOfEntry(T_, entry.type);
  Value r(c.call.type, 8);
  if (variantOfValue(entry) == 0) {
    const std::vector<uint64_t>& o = l.variants[0].offsets;
    BTree tree(*this, mem_, T_, entry.u64(o[3]), mapType);
    r.setU64(0, tree.valueAt(entry.u64(o[0]), entry.u64(o[2])));
    return r;
  }
  const std::vector<uint64_t>& o = l.variants[1].offsets;
  BTree tree(*this, mem_, T_, entry.u64(o[4]), mapType);
  Value key(keyType, T_.layout(keyType).size);
  std::memcpy(key.data(), entry.data() + o[0], key.size());
  r.setU64(0, tree.insertVacant({entry.u64(o[1]), 0, entry.u64(o[3])}, key, *inserted));
  return r;
}

// An occupied entry keeps its value and drops the one offered.
Value Interpreter::runBEntryOrInsert(StdCall& c) {
  bool occupied = variantOfValue(c.self) == 0;
  Value r = btreeEntryValueRef(c, occupied ? nullptr : &c.args[0]);
  if (occupied) dropValueNow(std::move(c.args[0]));
  return r;
}

Value Interpreter::runBEntryOrDefault(StdCall& c) {
  if (variantOfValue(c.self) == 0) return btreeEntryValueRef(c, nullptr);
  Value fresh = defaultValue(T_.get(c.self.type).args[1]);
  return btreeEntryValueRef(c, &fresh);
}

// or_insert_with: the closure runs only for a vacant entry; an occupied one drops it unused.
Value Interpreter::runBEntryOrInsertWith(StdCall& c) {
  HeldCallable f = holdCallable(c.args[0]);
  Value r = makeUnit();
  if (variantOfValue(c.self) == 0) {
    r = btreeEntryValueRef(c, nullptr);
  } else {
    Value fresh = callHeld(f, {}, c.call.nameSpan);
    r = btreeEntryValueRef(c, &fresh);
  }
  releaseCallable(f);
  return r;
}

// and_modify: an occupied entry's value given to the closure as &mut V; the
// entry itself comes back either way.
Value Interpreter::runBEntryAndModify(StdCall& c) {
  HeldCallable f = holdCallable(c.args[0]);
  if (variantOfValue(c.self) == 0) {
    Value r(paramOf(f, 0), 8);
    const std::vector<uint64_t>& o = T_.layout(c.self.type).variants[0].offsets;
    BTree tree(*this, mem_, T_, c.self.u64(o[3]), treeOfEntry(T_, c.self.type));
    r.setU64(0, tree.valueAt(c.self.u64(o[0]), c.self.u64(o[2])));
    callHeld(f, {r}, c.call.nameSpan);
  }
  releaseCallable(f);
  return c.self;
}

Value Interpreter::runBEntryKey(StdCall& c) {
  const Layout& l = T_.layout(c.recv.type);
  Value r(c.call.type, 8);
  if (variantAt(c.recv.addr, c.recv.type) == 1) {
    r.setU64(0, c.recv.addr + l.variants[1].offsets[0]);
    return r;
  }
  const std::vector<uint64_t>& o = l.variants[0].offsets;
  BTree tree(*this, mem_, T_, mem_.readU64(c.recv.addr + o[3]), treeOfEntry(T_, c.recv.type));
  r.setU64(0, tree.keyAt(mem_.readU64(c.recv.addr + o[0]), mem_.readU64(c.recv.addr + o[2])));
  return r;
}

}  // namespace sh
