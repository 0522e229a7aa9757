// size_of and align_of of generic instances: Pair<u8, u64> reordered to 16, Wrapper<()> zero-sized, Option<Pair<..>> and a generic enum.
use std::mem::{align_of, size_of};

struct Pair<A, B> {
    a: A,
    b: B,
}

struct Wrapper<T>(T);

enum Either<L, R> {
    Left(L),
    Right(R),
}

fn main() {
    println!("{} {}", size_of::<Pair<u8, u64>>(), align_of::<Pair<u8, u64>>());
    println!("{} {}", size_of::<Pair<u8, u16>>(), align_of::<Pair<u8, u16>>());
    println!("{}", size_of::<Wrapper<()>>());
    println!("{}", size_of::<Wrapper<[u16; 3]>>());
    println!("{}", size_of::<Option<Pair<String, u8>>>());
    println!("{}", size_of::<Either<u8, u32>>());
    println!("{}", size_of::<Either<String, Box<u8>>>());
    println!("{}", size_of::<Either<(), bool>>());
    let p = Pair { a: 1u8, b: 2u64 };
    let e: Either<u8, u32> = Either::Left(1);
    match e {
        Either::Left(x) => println!("{} {}", x, p.a as u64 + p.b),
        Either::Right(y) => println!("{}", y),
    }
}
// expect: 16 8
// expect: 4 2
// expect: 0
// expect: 6
// expect: 32
// expect: 8
// expect: 24
// expect: 1
// expect: 1 3
