// Variants named through a type alias of Option: `MaybeInt::Some(3)` and `MaybeInt::None`.
type MaybeInt = Option<i32>;

fn main() {
    let a = MaybeInt::Some(3);
    let b: MaybeInt = MaybeInt::None;
    println!("{:?} {:?}", a, b);
}
// expect: Some(3) None
