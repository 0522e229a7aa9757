// Option::flatten moves the inner Option out of the outer one: Some(Some(v)) is Some(v) with the same heap buffer, Some(None) and None are None.
fn main() {
    let nested = Some(Some(vec![1, 2]));
    let flat = nested.flatten();
    println!("{:?} {:?} {:?}", flat, Some(None::<String>).flatten(), None::<Option<u8>>.flatten());
    let words = vec!["1", "x", "3"];
    let digits: Vec<Option<u32>> = words.iter().map(|w| w.chars().next().map(|c| c.to_digit(10)).flatten()).collect();
    println!("{:?}", digits);
}
// expect: Some([1, 2]) None None
// expect: [Some(1), None, Some(3)]
