// A derived PartialOrd/Ord orders an enum's variants by their discriminants, not their declaration order: `A = 5` sorts after `B = 1` (the engine had compared variant indexes; difftest layouts feature).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum K {
    A = 5,
    B = 1,
    C = -3,
    D,
}

fn main() {
    let mut v = vec![K::A, K::B, K::C, K::D];
    v.sort();
    println!("{:?} {} {}", v, K::A > K::B, K::D >= K::A);
    let mut w = vec![(K::A, 1), (K::B, 2), (K::C, 0)];
    w.sort();
    println!("{:?} {:?}", w, v.iter().max());
}
// expect: [C, D, B, A] true false
// expect: [(C, 0), (B, 2), (A, 1)] Some(A)
