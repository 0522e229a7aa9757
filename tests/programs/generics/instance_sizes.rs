// Each instance of a generic struct has its own layout, as rustc lays it out: fields reordered per instance.
struct Pair<A, B> {
    a: A,
    b: B,
}

struct Wrapper<T> {
    value: T,
    tag: u8,
}

fn main() {
    println!("{}", std::mem::size_of::<Pair<u8, u64>>());
    println!("{}", std::mem::size_of::<Pair<u8, u8>>());
    println!("{}", std::mem::size_of::<Pair<u16, (u8, u32)>>());
    println!("{}", std::mem::size_of::<Wrapper<u32>>());
    println!("{}", std::mem::align_of::<Wrapper<u64>>());
    println!("{}", std::mem::size_of::<Wrapper<String>>());
    println!("{}", std::mem::size_of::<Option<Wrapper<Box<u8>>>>());
    println!("{}", std::mem::size_of::<Option<Pair<bool, bool>>>());
}
// expect: 16
// expect: 2
// expect: 12
// expect: 8
// expect: 8
// expect: 32
// expect: 16
// expect: 2
