// `assert_eq!` with equal values passes silently.
fn add(a: i32, b: i32) -> i32 {
    a + b
}

fn main() {
    assert_eq!(add(2, 2), 4);
    assert_eq!(String::from("ab"), "ab");
    assert_eq!(vec![1, 2], [1, 2]);
    println!("tests passed");
}
// expect: tests passed
