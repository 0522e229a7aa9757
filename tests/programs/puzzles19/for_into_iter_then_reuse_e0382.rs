// `for line in lines` moves the Vec; using it after the loop is rejected (E0382).
fn main() {
    let lines: Vec<String> = "x=1\ny=2".lines().map(|l| l.to_string()).collect();
    for line in lines {
        println!("{line}");
    }
    println!("{}", lines.len());
}
// error: E0382 at 7:20
