// Array and slice patterns: fixed elements, `_`, `rest @ ..` bindings and `..` in the middle.
fn describe(s: &[i32]) {
    match s {
        [] => println!("empty"),
        [one] => println!("one element: {}", one),
        [first, .., last] if first == last => println!("starts and ends with {}", first),
        [first, rest @ ..] => println!("first {} then {:?}", first, rest),
    }
}

fn main() {
    let array = [1, -2, 6];
    match array {
        [0, second, third] => println!("array[0] = 0, array[1] = {}, array[2] = {}", second, third),
        [1, _, third] => println!("array[0] = 1, array[2] = {} and ignoring array[1]", third),
        [-1, second, ..] => println!("second {}", second),
        [3, second, tail @ ..] => println!("{} {:?}", second, tail),
        [first, middle @ .., last] => println!("{} {:?} {}", first, middle, last),
    }
    describe(&[]);
    describe(&[5]);
    describe(&[4, 8, 4]);
    describe(&[1, 2, 3, 4]);
}
// expect: array[0] = 1, array[2] = 6 and ignoring array[1]
// expect: empty
// expect: one element: 5
// expect: starts and ends with 4
// expect: first 1 then [2, 3, 4]
