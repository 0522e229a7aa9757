// Which std types implement which std traits, answered natively.
//
// std declares these impls in Rust (`impl Add for i32`, `impl<T: Clone>
// Clone for Vec<T>`, a derive on Ordering); writing the hundreds of them out
// in the prelude would only restate the types' rules, which the checker
// already has for operators, comparisons and formatting. A derive on a
// learner's type counts as its impl.
#include "check/resolver.h"

namespace sh {

namespace {

bool isPrimitiveNumber(const Type& t) { return t.kind == TypeKind::Int || t.kind == TypeKind::Float; }

}  // namespace

bool Resolver::stdImplements(TypeId id, StdTrait trait, const TraitRef& r) {
  id = T_.resolve(id);
  const Type t = T_.get(id);
  auto all = [&](StdTrait which) {
    for (TypeId a : t.args)
      if (!stdImplementsOrDerives(a, which)) return false;
    return true;
  };
  auto sameType = [&](TypeId a, TypeId b) {
    std::vector<TypeId> none;
    if (matchType(a, b, none, none)) return true;
    auto text = [&](TypeId x) {
      x = T_.resolve(x);
      if (T_.get(x).kind == TypeKind::Ref) x = T_.resolve(T_.get(x).args[0]);
      return T_.get(x).kind == TypeKind::String || T_.get(x).kind == TypeKind::Str;
    };
    return text(a) && text(b);
  };
  // The right-hand side of an operator trait: Self by default.
  TypeId rhs = r.args.empty() ? id : T_.resolve(r.args[0]);
  bool numericVar = t.kind == TypeKind::Var && t.varKind != VarKind::Any;
  switch (trait) {
    case StdTrait::Sized: return t.kind != TypeKind::Str && t.kind != TypeKind::Slice;
    case StdTrait::Copy: return T_.isCopy(id);
    case StdTrait::Clone:
      switch (t.kind) {
        case TypeKind::Iter: return T_.keptClones(id);
        case TypeKind::Str: case TypeKind::Slice: case TypeKind::Stdin: case TypeKind::RcBox:
        case TypeKind::CellRef: case TypeKind::CellRefMut: case TypeKind::MapEntry: case TypeKind::BTreeEntry:
          return false;
        case TypeKind::Rc: case TypeKind::Weak: return true;  // a new pointer to the same cell
        case TypeKind::Cell: return T_.isCopy(t.args[0]);
        case TypeKind::Ref: return !t.isMut;
        case TypeKind::Struct: return T_.structOf(id).isClone && all(StdTrait::Clone);
        case TypeKind::Enum: return T_.enumOf(id).isClone && all(StdTrait::Clone);
        case TypeKind::IoError: return false;
        case TypeKind::Box: {  // Box<str> always; Box<[T]> when T is
          const Type& pointee = T_.get(T_.resolve(t.args[0]));
          if (pointee.kind == TypeKind::Str) return true;
          if (pointee.kind == TypeKind::Slice) return stdImplementsOrDerives(pointee.args[0], StdTrait::Clone);
          return all(StdTrait::Clone);
        }
        default: return T_.isCopy(id) || all(StdTrait::Clone);
      }
    case StdTrait::Debug: return implementsFormat(id, FormatTrait::Debug);
    case StdTrait::Display: return implementsFormat(id, FormatTrait::Display);
    case StdTrait::FmtWrite: return t.kind == TypeKind::String || (t.kind == TypeKind::Ref && t.isMut && all(StdTrait::FmtWrite));
    case StdTrait::PartialEq:
      return implementsComparison(id, Comparison::Equality, nullptr) && sameType(id, rhs);
    case StdTrait::Eq:
      if (t.kind == TypeKind::Struct) return T_.structOf(id).isEq && all(StdTrait::Eq);
      if (t.kind == TypeKind::Enum) return T_.enumOf(id).isEq && all(StdTrait::Eq);
      return implementsComparison(id, Comparison::TotalEquality, nullptr) || t.kind == TypeKind::Result;
    case StdTrait::PartialOrd:
      return implementsComparison(id, Comparison::Ordering, nullptr) && sameType(id, rhs);
    case StdTrait::Ord: return implementsComparison(id, Comparison::TotalOrder, nullptr);
    case StdTrait::Default:
      switch (t.kind) {
        case TypeKind::Int: case TypeKind::Float: case TypeKind::Bool: case TypeKind::Char: case TypeKind::Unit:
        case TypeKind::String: case TypeKind::Vec: case TypeKind::Option: case TypeKind::Weak: case TypeKind::HashMap:
        case TypeKind::HashSet: case TypeKind::VecDeque: case TypeKind::BTreeMap: case TypeKind::BTreeSet: case TypeKind::BinaryHeap:
          return true;
        case TypeKind::Tuple: return t.args.size() <= kStdTupleTraitArity && all(StdTrait::Default);
        case TypeKind::Array: case TypeKind::Box: case TypeKind::Rc: case TypeKind::RefCell: case TypeKind::Cell:
          return all(StdTrait::Default);
        case TypeKind::Struct: return T_.structOf(id).isDefault && all(StdTrait::Default);
        case TypeKind::Enum: return T_.enumOf(id).isDefault;
        case TypeKind::Ref: return T_.get(T_.resolve(t.args[0])).kind == TypeKind::Str;
        case TypeKind::Var: return numericVar;
        default: return false;
      }
    case StdTrait::Hash:
      switch (t.kind) {
        case TypeKind::Int: case TypeKind::Bool: case TypeKind::Char: case TypeKind::Str: case TypeKind::String:
        case TypeKind::Unit:
          return true;
        case TypeKind::Tuple: return t.args.size() <= kStdTupleTraitArity && all(StdTrait::Hash);
        case TypeKind::Ref: case TypeKind::Box: case TypeKind::Vec: case TypeKind::Option:
        case TypeKind::Array: case TypeKind::Slice: case TypeKind::Rc: case TypeKind::VecDeque: case TypeKind::BTreeMap:
        case TypeKind::BTreeSet:
          return all(StdTrait::Hash);
        case TypeKind::Struct: return T_.structOf(id).isHash && all(StdTrait::Hash);
        case TypeKind::Enum: return T_.enumOf(id).isHash && all(StdTrait::Hash);
        case TypeKind::Var: return t.varKind == VarKind::Integer;
        default: return false;
      }
    case StdTrait::Add:
      if (t.kind == TypeKind::String) return rhs == T_.strRef();
      [[fallthrough]];
    case StdTrait::Sub: case StdTrait::Mul: case StdTrait::Div: case StdTrait::Rem:
    case StdTrait::AddAssign: case StdTrait::SubAssign: case StdTrait::MulAssign: case StdTrait::DivAssign:
    case StdTrait::RemAssign:
      if (trait == StdTrait::AddAssign && t.kind == TypeKind::String) return rhs == T_.strRef();
      return (isPrimitiveNumber(t) || numericVar) && sameType(id, rhs);
    case StdTrait::Neg:
      return (t.kind == TypeKind::Int && intKindSigned(t.intKind)) || t.kind == TypeKind::Float || numericVar;
    case StdTrait::Not: return t.kind == TypeKind::Int || t.kind == TypeKind::Bool || numericVar;
    case StdTrait::Index: case StdTrait::IndexMut:
      return t.kind == TypeKind::Vec || t.kind == TypeKind::Array || t.kind == TypeKind::Slice ||
             t.kind == TypeKind::String || t.kind == TypeKind::Str;
    case StdTrait::Deref: case StdTrait::DerefMut:
      return t.kind == TypeKind::Box || t.kind == TypeKind::String || t.kind == TypeKind::Vec || t.kind == TypeKind::CellRefMut ||
             ((t.kind == TypeKind::Rc || t.kind == TypeKind::CellRef) && trait == StdTrait::Deref) ||
             (t.kind == TypeKind::Ref && (trait == StdTrait::Deref || t.isMut));
    case StdTrait::From: {
      if (rhs == id) return true;  // `impl<T> From<T> for T`
      const Type from = T_.get(rhs);
      if (t.kind == TypeKind::String)
        return rhs == T_.strRef() || from.kind == TypeKind::Char ||
               (from.kind == TypeKind::Ref && T_.resolve(from.args[0]) == T_.stringType());
      if (t.kind == TypeKind::Int && from.kind == TypeKind::Int) {  // the lossless conversions
        unsigned to = intKindBytes(t.intKind), fromBytes = intKindBytes(from.intKind);
        bool toSigned = intKindSigned(t.intKind), fromSigned = intKindSigned(from.intKind);
        if (t.intKind == IntKind::Isize || t.intKind == IntKind::Usize || from.intKind == IntKind::Isize ||
            from.intKind == IntKind::Usize)
          return (t.intKind == IntKind::Usize && (from.intKind == IntKind::U8 || from.intKind == IntKind::U16)) ||
                 (t.intKind == IntKind::Isize && (from.intKind == IntKind::U8 || from.intKind == IntKind::I8 ||
                                                  from.intKind == IntKind::I16));
        return toSigned == fromSigned ? to > fromBytes : toSigned && to > fromBytes;
      }
      if (t.kind == TypeKind::Float && !t.isF32)
        return (from.kind == TypeKind::Float && from.isF32) ||
               (from.kind == TypeKind::Int && intKindBytes(from.intKind) <= 4 && from.intKind != IntKind::Isize &&
                from.intKind != IntKind::Usize);
      if (t.kind == TypeKind::Float && t.isF32)  // `From<i8/u8/i16/u16> for f32`
        return from.kind == TypeKind::Int && intKindBytes(from.intKind) <= 2 && from.intKind != IntKind::Isize &&
               from.intKind != IntKind::Usize;
      if (t.kind == TypeKind::Int && from.kind == TypeKind::Bool) return true;
      if (t.kind == TypeKind::Int && from.kind == TypeKind::Char)  // `From<char> for u32, u64, u128`
        return t.intKind == IntKind::U32 || t.intKind == IntKind::U64 || t.intKind == IntKind::U128;
      if (t.kind == TypeKind::Char) return from.kind == TypeKind::Int && from.intKind == IntKind::U8;
      if (t.kind == TypeKind::Vec) return from.kind == TypeKind::Ref && T_.get(T_.resolve(from.args[0])).kind == TypeKind::Slice;
      if (t.kind == TypeKind::Option) return T_.resolve(t.args[0]) == rhs;
      if (t.kind == TypeKind::Box && T_.get(T_.resolve(t.args[0])).kind == TypeKind::Dyn &&
          out_.traits[T_.get(T_.resolve(t.args[0])).traitIndex].std == StdTrait::Error)  // `Box<dyn Error>: From<E: Error>`, `From<&str>`, `From<String>`
        return from.kind == TypeKind::String || rhs == T_.strRef() ||
               (from.kind != TypeKind::Dyn && !T_.isUnsized(rhs) && stdImplementsOrDerives(rhs, StdTrait::Error));
      return false;
    }
    case StdTrait::Iterator:
      return t.kind == TypeKind::Iter || (t.kind == TypeKind::Range && T_.isInteger(t.args[0]));
    case StdTrait::FromStr:  // what `parse` makes; the engine parses numbers, bool and char (String stops at the parse)
      return t.kind == TypeKind::Int || t.kind == TypeKind::Float || t.kind == TypeKind::Bool || t.kind == TypeKind::Char ||
             t.kind == TypeKind::String;
    case StdTrait::FnOnce: case StdTrait::FnMut: case StdTrait::Fn: return closureImplements(id, trait, r);
    case StdTrait::Error:  // std's own errors, and a Box of one that is Sized (`Box<dyn Error>` is not Error itself)
      if (t.kind == TypeKind::Struct)
        return isStdErrorStruct(T_.structOf(id).stdPath) || T_.structOf(id).stdPath == "std::fmt::Error" ||
               T_.structOf(id).stdPath == "?StringError";
      return t.kind == TypeKind::IoError ||
             (t.kind == TypeKind::Box && !T_.isUnsized(t.args[0]) && stdImplementsOrDerives(t.args[0], StdTrait::Error));
    case StdTrait::AsRef: case StdTrait::AsMut: {  // std's impls for its own types; a reference's through its target's
      if (r.args.empty()) return false;
      const Type& u = T_.get(rhs);
      auto exactly = [&](TypeId a, TypeId b) {
        std::vector<TypeId> none;
        return matchType(a, b, none, none);
      };
      bool slice = u.kind == TypeKind::Slice && !t.args.empty() && exactly(u.args[0], t.args[0]);
      switch (t.kind) {
        case TypeKind::String: case TypeKind::Str:
          return u.kind == TypeKind::Str || (trait == StdTrait::AsRef && u.kind == TypeKind::Slice && T_.get(T_.resolve(u.args[0])).kind == TypeKind::Int &&
                                                                       T_.get(T_.resolve(u.args[0])).intKind == IntKind::U8);
        case TypeKind::Vec: return slice || exactly(id, rhs);
        case TypeKind::Array: case TypeKind::Slice: return slice;
        case TypeKind::Box: return exactly(t.args[0], rhs);
        case TypeKind::Rc: return trait == StdTrait::AsRef && exactly(t.args[0], rhs);
        case TypeKind::Ref: return (trait == StdTrait::AsRef || t.isMut) && implements(t.args[0], TraitRef{stdTrait(trait), r.args, {}, r.span}, 1);
        default: return false;
      }
    }
    case StdTrait::TryFrom:  // between integers (TryFromIntError), and std's blanket `impl<T, U: Into<T>> TryFrom<U> for T`
      if (r.args.empty()) return false;
      if (t.kind == TypeKind::Int && T_.get(rhs).kind == TypeKind::Int) return true;
      return implements(id, TraitRef{stdTrait(StdTrait::From), r.args, {}, r.span}, 1);
    case StdTrait::Drop: case StdTrait::Into: case StdTrait::TryInto: case StdTrait::ToString: case StdTrait::None:
      return false;
  }
  return false;
}

// A learner's impl or std's, for the parts of a std type (`Vec<Point>: Clone`
// needs `Point: Clone`, which may be the learner's own impl).
bool Resolver::stdImplementsOrDerives(TypeId t, StdTrait trait) {
  return implements(t, TraitRef{stdTrait(trait), {}, {}, {}}, 1);
}

// The associated type of std's impl of `trait` for `self`, or kNoType.
TypeId Resolver::stdAssocType(TypeId self, StdTrait trait, const std::vector<TypeId>&) {
  self = T_.resolve(self);
  const Type t = T_.get(self);
  switch (trait) {
    case StdTrait::Add: case StdTrait::Sub: case StdTrait::Mul: case StdTrait::Div: case StdTrait::Rem:
    case StdTrait::Neg: case StdTrait::Not:
      return self;  // Output: numbers and String give their own type
    case StdTrait::Index: case StdTrait::IndexMut:
      if (t.kind == TypeKind::String || t.kind == TypeKind::Str) return T_.strType();
      return t.args.empty() ? kNoType : t.args[0];
    case StdTrait::Deref: case StdTrait::DerefMut:
      if (t.kind == TypeKind::String) return T_.strType();
      if (t.kind == TypeKind::Vec) return T_.sliceOf(t.args[0]);
      return t.args.empty() ? kNoType : t.args[0];
    case StdTrait::Iterator: return t.args.empty() ? kNoType : t.args[0];
    case StdTrait::FromStr:
      return t.kind == TypeKind::Int || t.kind == TypeKind::Float || t.kind == TypeKind::Bool || t.kind == TypeKind::Char
                 ? parseErrorOf(T_, self)
                 : kNoType;
    case StdTrait::FnOnce: case StdTrait::FnMut: case StdTrait::Fn: {  // Output: what the closure returns
      int32_t closure = T_.closureOf(self);
      if (t.kind == TypeKind::FnPtr) return t.args.back();
      return closure >= 0 ? out_.closures[closure].ret : kNoType;
    }
    default: return kNoType;
  }
}

}  // namespace sh
