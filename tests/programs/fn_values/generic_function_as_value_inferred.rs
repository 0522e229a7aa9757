// A generic function named as a value gets its type argument from the items `for_each` passes (`show::<i32>`).
fn show<T: std::fmt::Debug>(x: T) {
    println!("{:?}", x);
}

fn main() {
    let v = vec![1, 2];
    v.into_iter().for_each(show);
    let words = vec!["a"];
    words.iter().for_each(show);
}
// expect: 1
// expect: 2
// expect: "a"
