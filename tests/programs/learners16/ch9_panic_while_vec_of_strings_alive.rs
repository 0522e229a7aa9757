// A panic with a Vec<String> and a Box alive: the unwinding frees them (the heap log shows it).
fn check(n: usize) -> usize {
    if n > 2 {
        panic!("too many: {}", n);
    }
    n
}

fn main() {
    let names = vec![String::from("a"), String::from("b"), String::from("c")];
    let b = Box::new(5);
    println!("{}", check(names.len() - 1) + *b);
    println!("{}", check(names.len()));
}
// expect: 7
// panic: too many: 3
// panic-at: 4:9
