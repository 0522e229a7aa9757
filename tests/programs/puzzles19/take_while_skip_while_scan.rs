// take_while and skip_while split a header from a body; scan yields a running floor; position finds the basement.
fn main() {
    let input = "# header\n# more\n(()(()(\n)))(";
    let header: Vec<&str> = input.lines().take_while(|l| l.starts_with('#')).collect();
    let body: String = input.lines().skip_while(|l| l.starts_with('#')).collect();
    println!("{:?} {}", header, body);
    let floors: Vec<i32> = body
        .chars()
        .scan(0, |floor, c| {
            *floor += if c == '(' { 1 } else { -1 };
            Some(*floor)
        })
        .collect();
    println!("{:?}", floors.last());
    println!("{:?}", floors.iter().position(|&f| f < 0).map(|i| i + 1));
}
// expect: ["# header", "# more"] (()(()()))(
// expect: Some(1)
// expect: None
