// Variants built of literals are promoted like structs: `&E::B(3)`, `&E::C { x: 9 }` and `&Ok(4)` may be returned as `'static` references.
#[derive(Debug)]
enum E {
    A,
    B(i32),
    C { x: u8 },
}
fn unit() -> &'static E { &E::A }
fn tuple() -> &'static E { &E::B(3) }
fn fields() -> &'static E { &E::C { x: 9 } }
fn fine() -> &'static Result<i32, bool> { &Ok(4) }
fn main() {
    println!("{:?} {:?} {:?} {:?}", unit(), tuple(), fields(), fine());
}
// expect: A B(3) C { x: 9 } Ok(4)
