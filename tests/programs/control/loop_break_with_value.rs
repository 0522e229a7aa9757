// `break value` ends a `loop` and makes the loop expression evaluate to that value.
fn main() {
    let mut counter = 0;
    let result = loop {
        counter += 1;
        if counter == 10 {
            break counter * 2;
        }
    };
    println!("The result is {result}");
}
// expect: The result is 20
