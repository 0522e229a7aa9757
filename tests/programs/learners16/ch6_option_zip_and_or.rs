// Option's zip, or, xor, get_or_insert_with and unwrap_or_default.
fn main() {
    let a = Some(2);
    let b: Option<i32> = None;
    println!("{:?} {:?}", a.zip(Some('x')), a.zip(b));
    println!("{:?} {:?} {:?}", b.or(Some(9)), a.xor(b), a.xor(Some(1)));
    let mut cache: Option<Vec<u8>> = None;
    cache.get_or_insert_with(Vec::new).push(7);
    cache.get_or_insert_with(Vec::new).push(8);
    println!("{:?}", cache);
    let none: Option<String> = None;
    println!("{:?}", none.unwrap_or_default());
}
// expect: Some((2, 'x')) None
// expect: Some(9) Some(2) None
// expect: Some([7, 8])
// expect: ""
