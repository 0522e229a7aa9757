// `first()` and `last()` give Option references; an empty Vec gives None for both.
fn main() {
    let v = vec![3, 1, 4];
    println!("{:?} {:?}", v.first(), v.last());
    let empty: Vec<i32> = Vec::new();
    println!("{:?} {:?}", empty.first(), empty.last());
}
// expect: Some(3) Some(4)
// expect: None None
