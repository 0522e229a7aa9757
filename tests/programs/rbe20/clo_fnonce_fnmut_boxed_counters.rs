// An FnOnce consuming its captured String, an FnMut pushing into a captured Vec, and boxed FnMut counters each owning its moved total.
fn run_once<F: FnOnce() -> String>(f: F) -> String {
    f()
}

fn main() {
    let greeting = String::from("hello");
    let consume = move || greeting + " world";
    println!("{}", run_once(consume));

    let mut log: Vec<String> = Vec::new();
    let mut record = |msg: &str| log.push(msg.to_uppercase());
    record("one");
    record("two");
    println!("{:?}", log);

    let mut counters: Vec<Box<dyn FnMut() -> u32>> = Vec::new();
    for step in 1..=3 {
        let mut total = 0;
        counters.push(Box::new(move || {
            total += step;
            total
        }));
    }
    for c in counters.iter_mut() {
        c();
    }
    let results: Vec<u32> = counters.iter_mut().map(|c| c()).collect();
    println!("{:?}", results);
}
// expect: hello world
// expect: ["ONE", "TWO"]
// expect: [2, 4, 6]
