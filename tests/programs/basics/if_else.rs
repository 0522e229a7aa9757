// `if`/`else` chooses a branch by a bool condition.
fn main() {
    let temperature = 30;
    if temperature > 25 {
        println!("hot");
    } else {
        println!("mild");
    }
    if temperature < 0 {
        println!("freezing");
    } else if temperature < 31 {
        println!("not freezing");
    }
}
// expect: hot
// expect: not freezing
