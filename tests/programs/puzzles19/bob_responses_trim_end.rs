// Exercism's Bob: trim_end, ends_with('?'), and "yelling" when some letter exists and no lowercase letter does.
fn reply(msg: &str) -> &'static str {
    let m = msg.trim_end();
    let question = m.ends_with('?');
    let yelling = m.chars().any(|c| c.is_alphabetic()) && m.to_uppercase() == m;
    match (m.is_empty(), question, yelling) {
        (true, _, _) => "Fine. Be that way!",
        (_, true, true) => "Calm down, I know what I'm doing!",
        (_, true, false) => "Sure.",
        (_, false, true) => "Whoa, chill out!",
        _ => "Whatever.",
    }
}

fn main() {
    for m in ["How are you?", "WATCH OUT!", "WHAT?", "   ", "1, 2, 3", "Let's go.  \t"] {
        println!("{:?} -> {}", m, reply(m));
    }
}
// expect: "How are you?" -> Sure.
// expect: "WATCH OUT!" -> Whoa, chill out!
// expect: "WHAT?" -> Calm down, I know what I'm doing!
// expect: "   " -> Fine. Be that way!
// expect: "1, 2, 3" -> Whatever.
// expect: "Let's go.  \t" -> Whatever.
