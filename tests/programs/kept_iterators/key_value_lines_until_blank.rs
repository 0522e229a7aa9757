// A "key: value" parser keeps `lines()` and a `split(':')` per line, stops at the blank line, and collects the lines after it.
fn main() {
    let input = "name: Alice\nage: 30\n\nbody line one\nbody line two";
    let mut lines = input.lines();
    while let Some(line) = lines.next() {
        if line.is_empty() {
            break;
        }
        let mut kv = line.split(':');
        let key = kv.next().unwrap();
        let value = kv.next().unwrap_or("").trim();
        println!("{} = {}", key, value);
    }
    let body: Vec<&str> = lines.collect();
    println!("{:?}", body);
}
// expect: name = Alice
// expect: age = 30
// expect: ["body line one", "body line two"]
