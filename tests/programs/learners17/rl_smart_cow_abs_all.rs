// Rustlings-style: Cow borrowing a slice and cloning it only when a value must change.
use std::borrow::Cow;

fn abs_all<'a, 'b>(input: &'a mut Cow<'b, [i32]>) -> &'a mut Cow<'b, [i32]> {
    for i in 0..input.len() {
        let v = input[i];
        if v < 0 {
            input.to_mut()[i] = -v;
        }
    }
    input
}

fn main() {
    let slice = [0, 1, 2];
    let mut input = Cow::from(&slice[..]);
    match abs_all(&mut input) {
        Cow::Borrowed(_) => println!("borrowed"),
        _ => println!("owned"),
    }
    let slice = [-1, 0, 1];
    let mut input = Cow::from(&slice[..]);
    match abs_all(&mut input) {
        Cow::Owned(v) => println!("owned {:?}", v),
        _ => println!("borrowed"),
    }
}
// expect: borrowed
// expect: owned [1, 0, 1]
// unsupported: `std::borrow::Cow` is not supported yet at 2:5
