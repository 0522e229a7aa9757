// A closure panicking while Strings are collected into one String: the Vec's into_iter is dropped first (its rest and buffer), then the String built so far.
fn main() {
    let parts = vec![String::from("ab"), String::from("cd"), String::from("stop"), String::from("ef")];
    let joined: String = parts
        .into_iter()
        .map(|p| {
            if p == "stop" {
                panic!("stopped at {}", p);
            }
            p
        })
        .collect();
    println!("{}", joined);
}
// panic: stopped at stop
// panic-at: 8:17
