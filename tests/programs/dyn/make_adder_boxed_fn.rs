// `fn make_adder(k: i32) -> Box<dyn Fn(i32) -> i32>` boxes its move closure: a 4-byte heap cell for the captured k, freed when the Box is dropped.
fn make_adder(k: i32) -> Box<dyn Fn(i32) -> i32> {
    Box::new(move |x| x + k)
}

fn main() {
    let add = make_adder(10);
    let double: Box<dyn Fn(i32) -> i32> = Box::new(|x| x * 2);
    println!("{} {}", add(1), double(add(2)));
}
// expect: 11 24
