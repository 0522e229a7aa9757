// A generic impl's associated constants are not supported yet: said at the item.
struct Wrap<T>(T);
impl<T> Wrap<T> {
    const LIMIT: usize = 4;
}
fn main() {
    println!("{}", Wrap::<u8>::LIMIT);
}
// expect: 4
// unsupported: associated constants of a generic impl are not supported yet at 4:5
