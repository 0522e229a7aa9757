// Rustlings-style: a parameter without a type is a parse error rustc reports without a code.
fn call_me(num) {
    for i in 0..num {
        println!("Ring! Call number {}", i + 1);
    }
}

fn main() {
    call_me(3);
}
// error: "expected one of `:`, `@`, or `|`, found `)`" at 2:15
