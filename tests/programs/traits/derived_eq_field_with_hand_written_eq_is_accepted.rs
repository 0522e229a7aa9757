// A derived PartialEq whose field's type has a hand-written PartialEq impl is accepted: the derive compares through it (the engine checked derives before reading impls, a false E0369).
#[derive(Debug, Clone, Copy)]
struct Id(u32);
impl PartialEq for Id {
    fn eq(&self, other: &Self) -> bool { self.0 % 10 == other.0 % 10 }
}
#[derive(Debug, PartialEq)]
struct Key { id: Id }
fn main() {
    let k = Key { id: Id(3) };
    println!("{:?}", k);
}
// expect: Key { id: Id(3) }
