// AoC 2017 day 9: a character stream with groups, garbage and `!` escapes scanned with a few booleans.
const INPUTS: [&str; 6] = ["{}", "{{{}}}", "{{},{}}", "{<a>,<a>,<a>,<a>}", "{{<!!>},{<!!>},{<!!>},{<!!>}}", "{{<a!>},{<a!>},{<ab>}}"];

fn score(stream: &str) -> (u32, u32) {
    let mut depth = 0;
    let mut total = 0;
    let mut garbage = false;
    let mut skip = false;
    let mut removed = 0;
    for c in stream.chars() {
        if skip {
            skip = false;
            continue;
        }
        if garbage {
            match c {
                '!' => skip = true,
                '>' => garbage = false,
                _ => removed += 1,
            }
            continue;
        }
        match c {
            '{' => depth += 1,
            '}' => {
                total += depth;
                depth -= 1;
            }
            '<' => garbage = true,
            _ => {}
        }
    }
    (total, removed)
}

fn main() {
    for s in INPUTS.iter() {
        let (total, removed) = score(s);
        println!("{:<32} score {:>2}, garbage {}", s, total, removed);
    }
}
// expect: {}                               score  1, garbage 0
// expect: {{{}}}                           score  6, garbage 0
// expect: {{},{}}                          score  5, garbage 0
// expect: {<a>,<a>,<a>,<a>}                score  1, garbage 4
// expect: {{<!!>},{<!!>},{<!!>},{<!!>}}    score  9, garbage 0
// expect: {{<a!>},{<a!>},{<ab>}}           score  3, garbage 12
