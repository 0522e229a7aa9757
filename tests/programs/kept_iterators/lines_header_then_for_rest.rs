// A kept `lines()` gives the header with `next`, then a `for` loop takes the lines left, each without its "\n" or "\r\n".
fn main() {
    let input = String::from("name,age\r\nalice,30\n\nbob,25\n");
    let mut lines = input.lines();
    let header = lines.next();
    println!("{:?}", header);
    for line in lines {
        println!("<{}>", line);
    }
}
// expect: Some("name,age")
// expect: <alice,30>
// expect: <>
// expect: <bob,25>
