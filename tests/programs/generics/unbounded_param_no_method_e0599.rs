// A T without bounds has no methods: calling one is E0599 in the generic body.
fn describe<T>(t: T) -> String {
    t.to_string()
}

fn main() {
    println!("{}", describe(5));
}
// error: E0599 at 3:7
