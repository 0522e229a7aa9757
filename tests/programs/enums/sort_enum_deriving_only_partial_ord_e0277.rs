// Sorting a Vec of an enum that derives PartialOrd but not Ord is error E0277: sort needs a total order.
#[derive(Debug, PartialEq, PartialOrd)]
enum Size {
    Small,
    Large,
}

fn main() {
    let mut v = vec![Size::Large, Size::Small];
    v.sort();
    println!("{:?}", v);
}
// error: E0277 at 10:7
