// Vec::<u8>::from_iter with the element written, given a filter over borrowed bytes copied out.
fn main() {
    let text = "a1b2c3";
    let digits = Vec::<u8>::from_iter(text.bytes().filter(|b| *b >= b'0' && *b <= b'9'));
    println!("{:?}", digits);
}
// expect: [49, 50, 51]
