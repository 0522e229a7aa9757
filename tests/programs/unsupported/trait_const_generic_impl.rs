// A generic impl of a trait with associated constants is outside the subset: said at the impl.
trait Sized2 {
    const BYTES: usize = 0;
}

struct Wrapper<T>(T);

impl<T> Sized2 for Wrapper<T> {}

fn main() {
    println!("{}", Wrapper::<u8>::BYTES);
}
// expect: 0
// unsupported: associated constants of a generic impl at 8:1
