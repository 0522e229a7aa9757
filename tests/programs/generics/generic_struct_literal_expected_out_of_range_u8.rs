// `let w: Wrapper<u8> = Wrapper { inner: 300 };` types 300 as a u8 from the annotation: the overflowing_literals lint rejects it.
struct Wrapper<T> {
    inner: T,
}

fn main() {
    let w: Wrapper<u8> = Wrapper { inner: 300 };
    println!("{}", w.inner);
}
// error: lint overflowing_literals
