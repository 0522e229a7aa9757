// A static &str is a place in the static region for the whole run; functions read it by name.
static GREETING: &str = "Hello, world";
static LIMIT: i32 = 3;

fn greet(times: i32) {
    for i in 0..times {
        if i < LIMIT {
            println!("{} #{}", GREETING, i);
        }
    }
}

fn main() {
    greet(5);
    let r: &'static i32 = &LIMIT;
    println!("limit {}", r);
}
// expect: Hello, world #0
// expect: Hello, world #1
// expect: Hello, world #2
// expect: limit 3
