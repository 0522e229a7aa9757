// A struct field declared `Vec<&'static str>` keeps only 'static borrows: pushing a local String's slice into it is E0597 at the borrow; the engine ran it.
struct Log {
    lines: Vec<&'static str>,
}

fn main() {
    let mut log = Log { lines: vec!["start"] };
    let line = format!("step {}", 1);
    log.lines.push(&line);
    println!("{:?}", log.lines);
}
// error: E0597 at 9:20
