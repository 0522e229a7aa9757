// Option::zip whose wanted result names the other option's payload (`Option<(&str, u32)>`): a learner passing the age as text is E0308 at the argument, as rustc's expectation checks it there, not at the call.
fn main() {
    let name = Some("Ferris");
    let age_text = Some("7");
    let pair: Option<(&str, u32)> = name.zip(age_text);
    if let Some((n, a)) = pair {
        println!("{n} is {a}");
    }
}
// error: E0308 at 5:46
