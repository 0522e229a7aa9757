// The empty tuple `()` is the unit value, printed as `()` with Debug.
fn main() {
    let unit = ();
    println!("{:?}", unit);
    let nested = ((1, 2), (3, (4, 5)));
    println!("{:?} {}", nested, (nested.1).1 .0);
}
// expect: ()
// expect: ((1, 2), (3, (4, 5))) 4
