// Reading a header with `for line in lines.by_ref()` up to a blank line, then the body from the same kept Lines.
fn main() {
    let text = "title: A\nauthor: B\n\nfirst line\nsecond line";
    let mut lines = text.lines();
    for line in lines.by_ref() {
        if line.is_empty() {
            break;
        }
        println!("header {}", line);
    }
    let body: Vec<&str> = lines.collect();
    println!("body {:?}", body);
}
// expect: header title: A
// expect: header author: B
// expect: body ["first line", "second line"]
