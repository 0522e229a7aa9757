// Each read_line appends the next line (with its newline) to the String it is given.
fn main() {
    let mut name = String::new();
    std::io::stdin().read_line(&mut name).unwrap();
    std::io::stdin().read_line(&mut name).unwrap();
    println!("{:?}", name);
}
// stdin: Ada
// stdin: Lovelace
// expect: "Ada\nLovelace\n"
// heap: skip std's own 8 KiB stdin buffer (allocated on the first read) is not modelled
