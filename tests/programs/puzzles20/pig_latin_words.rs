// Pig Latin (Exercism): starts_with with a closure and with prefixes, the consonant cluster found by index and split_at.
fn translate_word(w: &str) -> String {
    let vowels = ['a', 'e', 'i', 'o', 'u'];
    if w.starts_with(|c| vowels.contains(&c)) || w.starts_with("xr") || w.starts_with("yt") {
        return format!("{}ay", w);
    }
    let chars: Vec<char> = w.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if vowels.contains(&chars[i]) {
            break;
        }
        if i > 0 && chars[i] == 'y' {
            break;
        }
        if chars[i] == 'q' && chars.get(i + 1) == Some(&'u') {
            i += 2;
            break;
        }
        i += 1;
    }
    let (head, tail) = w.split_at(i);
    format!("{}{}ay", tail, head)
}

fn translate(s: &str) -> String {
    s.split_whitespace().map(translate_word).collect::<Vec<String>>().join(" ")
}

fn main() {
    for s in ["apple", "pig", "queen", "square", "rhythm", "my", "xray", "yellow", "quick fast run"] {
        println!("{} -> {}", s, translate(s));
    }
}
// expect: apple -> appleay
// expect: pig -> igpay
// expect: queen -> eenquay
// expect: square -> aresquay
// expect: rhythm -> ythmrhay
// expect: my -> ymay
// expect: xray -> xrayay
// expect: yellow -> ellowyay
// expect: quick fast run -> ickquay astfay unray
