// Exercism-style: Bob's replies decided by trimming, question marks and letters all uppercase.
fn reply(message: &str) -> &str {
    let m = message.trim();
    let question = m.ends_with('?');
    let has_letters = m.chars().any(|c| c.is_alphabetic());
    let yelling = has_letters && m.to_uppercase() == m;
    match (m.is_empty(), question, yelling) {
        (true, _, _) => "Fine. Be that way!",
        (_, true, true) => "Calm down, I know what I'm doing!",
        (_, true, false) => "Sure.",
        (_, false, true) => "Whoa, chill out!",
        _ => "Whatever.",
    }
}

fn main() {
    for m in ["Tom-ay-to, tom-aaaah-to.", "WATCH OUT!", "Does this cryogenic chamber make me look fat?",
              "WHAT'S GOING ON?", "   ", "1, 2, 3", "4?", "Okay if like my  spacebar  quite a bit?   "] {
        println!("{:?} -> {}", m, reply(m));
    }
}
// expect: "Tom-ay-to, tom-aaaah-to." -> Whatever.
// expect: "WATCH OUT!" -> Whoa, chill out!
// expect: "Does this cryogenic chamber make me look fat?" -> Sure.
// expect: "WHAT'S GOING ON?" -> Calm down, I know what I'm doing!
// expect: "   " -> Fine. Be that way!
// expect: "1, 2, 3" -> Whatever.
// expect: "4?" -> Sure.
// expect: "Okay if like my  spacebar  quite a bit?   " -> Sure.
