// A `while` loop with an index walks a Vec; `for` does the same without the index.
fn main() {
    let a = vec![10, 20, 30, 40, 50];
    let mut index = 0;
    while index < a.len() {
        println!("the value is: {}", a[index]);
        index += 1;
    }
}
// expect: the value is: 10
// expect: the value is: 20
// expect: the value is: 30
// expect: the value is: 40
// expect: the value is: 50
