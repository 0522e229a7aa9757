// Byte strings as patterns: a &[u8] line matched against b"noop" and a slice pattern starting with b'a'.
fn decode(cmd: &[u8]) -> &'static str {
    match cmd {
        b"noop" => "nothing",
        [b'a', rest @ ..] => if rest.len() > 2 { "long add" } else { "add" },
        _ => "other",
    }
}

fn main() {
    for line in ["noop", "addx", "ad", "jmp"] {
        println!("{line}: {}", decode(line.as_bytes()));
    }
}
// expect: noop: nothing
// expect: addx: long add
// expect: ad: add
// expect: jmp: other
