/// The cue patterns sentence analysis uses, compiled once with the same linear-time engine as rules.
///
/// Kept as data so the docs can list them; they are general English, not tuned to any sentence.
struct NegationCues: Sendable {
    /// Words that negate what follows them in the same clause (NegEx's pre-negation cues).
    static let before = [
        #"\b(no|not|never|without|neither|nor|none|nothing|cannot|unable to|no longer|free of|free from|exempt from|instead of|rather than)\b"#,
        #"n't\b"#,
        #"\b(removed?|removing|dropped|scrapped|abolished|waived?|waiving)( the| any| our)?\b"#,
        // Practices given up: "We have moved away from payment by results", "we have stopped asking for accounts".
        #"\b(mov(e|es|ed|ing)|turn(ed|ing)) away from\b"#,
        #"\b(do|does|did|done|doing) away with\b"#,
        #"\b(have|has|had|we|they|now) (now |since |already |recently )?(stopped|ceased|discontinued|abandoned|phased out|got rid of)( using| asking for| requiring| requesting| the| any| our)?\b"#,
        #"\b(are|is) (now )?(phasing out|stopping|ending|scrapping|dropping|abolishing|abandoning|discontinuing)( the| any| our)?\b"#,
        #"\bused to (ask|require|request|need|insist on|expect|demand|have to|be asked|be required|pay|be paid|make|hold|withhold|retain|keep|charge)\b"#,
        // Any practice told with "used to" is history: "We used to fund by invitation only" (a thing "is used to" do
        // something is no history: see `pseudo`).
        #"\b(we|they|you|it|funders?|councils?|commissioners?|the (council|fund|funder|trust|foundation|authority|programme|scheme)) (only )?used to\b"#,
        // A question asked about a requirement, reported, asserts nothing: "The Chair asked whether the match funding
        // requirement should be reviewed".
        #"\b(asked|wondered|queried|questioned|discussed|debated|raised) (whether|if)\b"#,
        // Past practice told as history at the start of a clause: "Last year the second round was by invitation only",
        // "In previous rounds we asked for match funding", "Previously, applicants had to have audited accounts".
        #"^ ?(last year|in (previous|past|earlier|former|old) (rounds?|years?|programmes?|funding rounds?|schemes?))\b"#,
        #"^ ?(in the past|previously|formerly|historically),? (we|the council|the fund|the funder|applicants|bidders|organisations|groups|you|there)\b"#,
        // Past practice told from a date that has gone by: "Until 2022 we required three years of accounts", "Until
        // recently, applicants had to…" (a past tense must follow: "Until 2030 you must…" still demands).
        #"^ ?(until|up to|up until|before) (recently|last year|(19|20)[0-9]{2}),? (we|the [a-z]+|applicants|bidders|organi[sz]ations|groups|you|they|there|it) (only )?(had|required|asked|needed|expected|insisted|demanded|requested|were|was|did|used|funded|paid|ran|accepted|took|made|held|kept)\b"#,
    ]
    /// Phrases that negate what comes before them in the same clause (post-negation cues).
    static let after = [
        #"\b(not|never|no longer)( be| be a| be an| a| an| something| something that| currently)? (required|needed|necessary|essential|compulsory|mandatory|requirement|condition|expected|asked for|requested|sought|used|applied|applicable|needed|something|we require|we ask for|we need)\b"#,
        #"n't( be| a| an| something)? (required|needed|necessary|essential|compulsory|mandatory|expected|requested|asked for|a requirement|a condition|something)\b"#,
        #"\b(is|are|will be|would be) (optional|unnecessary|waived|voluntary|not applicable)\b"#,
        #"\bdo(es)? not apply\b"#,
        // A requirement taken away: "The requirement for audited accounts has been removed".
        #"\b(has|have|had) (now |since |recently |also )?been (removed|dropped|scrapped|abolished|waived|done away with|phased out)\b"#,
        #"\b(is|are|will be) not (part of|included in|among) (the|this|our) (process|requirements?|criteria|conditions|application)\b"#,
    ]
    /// Whole answers that, as the value of a label ("Match funding: none", "| Audited accounts | No |"), say the labelled
    /// thing is not asked for: a refusal (`no`), a nil amount (`none`, `nil`, `nothing`), not applicable (`n/a`), or a
    /// requirement dropped (`waived`, `unnecessary`, `no requirement`). Each must be the value's whole first item: "no"
    /// and "none" also open pseudo-negations and limits ("no less than 20%", "none older than a year"), which are not
    /// answers. A value opened by a post-negation cue (`after`: "not required", "not applicable", "not asked for")
    /// negates its label as well.
    static let nilAnswers = [
        #"^(no|nil|nothing|n/a|waived|unnecessary|no requirement|none( (required|needed|necessary|expected|requested|asked for|sought))?)$"#,
    ]
    /// Openings of a label's value that take the labelled requirement away for some or all ("Turnover requirement:
    /// **waived** for SMEs", "References – **dropped** this year"), read as if the separator were "is", as "The turnover
    /// requirement is waived for SMEs" is negated by `after`.
    static let waivedValues = [
        #"^(waived|unnecessary|removed|dropped|scrapped|abolished|withdrawn)\b"#,
    ]
    /// Values that make a label optional rather than absent ("Audited accounts: optional", "Donations (voluntary)"):
    /// the thing may still be asked for, so they soften the label, like a softener in its clause, instead of negating it.
    static let optionalAnswers = [
        #"\b(optional|voluntary)\b"#,
    ]
    /// Phrases that look like negation but are not (NegEx's pseudo-negations), including double
    /// negations that amount to a requirement ("applicants without X will not be considered",
    /// "we cannot accept anything other than"); cues inside them are ignored.
    static let pseudo = [
        #"\b(no|not) (later|earlier|less|more|fewer|greater|sooner|lower|higher) than\b"#,
        #"\bnot (only|just|exceed|exceeding|limited to)\b"#,
        #"\bno exceptions?\b"#,
        // A thing that "is used to" do something has a purpose, not a history: "the grant can be used to pay rent".
        #"\b(be|is|are|was|were|been|being|get|gets|got) used to\b"#,
        // A "preferred supplier list" is a list, not a preference: it does not soften what it names.
        #"\bpreferred (suppliers?|providers?|bidders?|contractors?|partners?|lists?|panels?|frameworks?)\b"#,
        #"\b(without|lacking)\b[^.;]{0,60}\b((will not|won't|cannot|can't|are not|is not|will be not) (be )?(considered|accepted|eligible|funded|shortlisted|assessed|processed|progressed)|(will|shall) be (deemed|treated as|considered|regarded as) (incomplete|ineligible|invalid|non-compliant)|(will|shall) be (rejected|disqualified|excluded|returned))\b"#,
        // "No," opening an answer ("Can I apply by post? No, only online applications are accepted") answers a
        // question; it does not negate what follows.
        #"^ ?((a|answer) ?: ?)?(no|nope),"#,
        #"\b(cannot|can't|unable to|not able to|will not|won't|do not|does not|don't) (accept|consider|fund|take|assess)\b[^.;]{0,40}\b(other than|except|apart from)\b"#,
        // A refusal of whatever lacks something requires it: "we will not consider any application that is not
        // accompanied by two references", "bids which do not include a bond will not be accepted".
        #"\b(cannot|can't|unable to|not able to|will not|won't|shall not|do not|does not|don't) (be )?(accept|consider|fund|assess|shortlist|process|score|evaluate)[a-z]*\b[^.;]{0,40}\b(that|which|who) (is|are|has|have|does|do|was|were)( not|n't)\b"#,
        // Legal drafting's "Nothing in this Agreement shall limit X" leaves X whole: it denies a limit, not X.
        #"\bnothing in (this|the|these|any) [a-z ]{0,40}(shall|will|is intended to|does|should|may) (operate to )?(limit|restrict|cap|reduce|exclude)\b"#,
        // A refusal to deal with whoever cannot show something requires it: "we are unable to contract with providers who
        // cannot evidence four years' history", "we will not fund groups that are unable to provide accounts".
        #"\b(cannot|can't|unable to|not able to|will not|won't|shall not|do not|does not|don't) (be )?(accept|consider|fund|assess|shortlist|contract with|work with|appoint|engage|select|award (contracts |grants )?to)[a-z]*\b[^.;]{0,40}\b(that|which|who) (cannot|can't|can not|are unable to|is unable to|are not able to|is not able to|fail to|fails to)\b"#,
        #"\b(that|which|who) (is|are|has|have|does|do|was|were)( not|n't)\b[^.;]{0,60}\b(will not|won't|cannot|can't|shall not|will be not) (be )?(considered|accepted|eligible|funded|shortlisted|assessed|scored|evaluated)\b"#,
        // "No organisation may apply unless it has been invited": a refusal with an exception is a condition.
        // Limits and conditions that a permission or an "if you have" only seems to soften: "you may submit up to 500
        // words", "you can submit your application online only", "if you have been trading for less than two years",
        // "if you have three years of accounts you can apply".
        #"\b(once|when|until|after|before|unless|only if|as soon as|provided|so long as|as long as) (you|applicants?|organi[sz]ations?|groups?|bidders?|tenderers?|suppliers?|providers?) (can|may|could)\b"#,
        #"\b(may|can|could) (also |still )?(send|submit|provide|include|attach|upload|share|enclose|supply|add) (up to|no more than|not more than|a maximum of|at most|maximum|only)\b"#,
        #"\b(may|can|could) (also |still )?(send|submit|provide|include|attach|upload|share|enclose|supply|add)\b[^.;]{0,60}\b(only|solely|exclusively)\b"#,
        #"\b(if|where) (you|your organi[sz]ation|your group|the applicant|applicants|an applicant|the organi[sz]ation) (already |currently )?(ha(ve|s)|holds?|keeps?|produces?|prepares?) (been|fewer|less|under|only|more|over|at least|a minimum|a turnover|an income|an annual)\b"#,
        #"\b(if|where) (you|your organi[sz]ation|your group|the applicant|applicants|an applicant|the organi[sz]ation) (already |currently )?(ha(ve|s)|holds?|keeps?|produces?|prepares?)\b[^.;]{0,80}\b((can|may|could|will be able to|are able to|is able to) (still |only )?(apply|bid|tender)|(are|is|will be|would be|become) eligible|qualif(y|ies)|(will|would|can|may) (only )?be (considered|funded|shortlisted|accepted|assessed))\b"#,
        #"^ ?no (one|organi[sz]ations?|applications?|applicants?|groups?|bids?|bidders?|tenders?|tenderers?|proposals?|providers?|suppliers?|bodies|body|charit(y|ies)|submissions?)\b[^.;]{0,60}\b(unless|except|other than|save where)\b"#,
    ]
    /// Pseudo-negations that refuse an alternative ("will not be counted towards", "not accepted in place of"):
    /// they affirm the barrier, so they also cancel any softening in their clause.
    static let refusals = [
        #"\b(not|never|no longer) (be )?(accepted|counted|considered|taken into account|recognised|treated|allowed)( as| towards| to count| in place of| instead of| as a substitute for| as an alternative to)\b"#,
        #"n't (be )?(accepted|counted|considered|taken into account|recognised|treated|allowed)( as| towards| to count| in place of| instead of| as a substitute for| as an alternative to)\b"#,
    ]
    /// Clauses that take back the clause before them, opening with a word that refers to it ("Previously we asked
    /// for three years of accounts; **this requirement has been removed**", "…, which has since been dropped"),
    /// or opening the next sentence ("This is no longer required."): the earlier clause is history, not a requirement.
    static let retractions = [
        #"^ ?((this|that|these|those|such|both|all (of )?(these|those|this|that)|the (old|previous|earlier|former) (requirements?|conditions?|rules?))( (old |previous |earlier |former )?(requirements?|conditions?|rules?|criteri(on|a)|practices?|requests?|obligations?|approach|approaches|polic(y|ies)|stipulations?|checks?|demands?|expectations?|clauses?|restrictions?|tests?))? )?((has|have|had) (now |since |recently |also |all |both )*been |(was|were|is|are) (now |since |recently |also |all |both )*)(removed|dropped|scrapped|abolished|withdrawn|discontinued|phased out|done away with|rescinded|revoked|no longer (required|needed|necessary|used|in place|in force|asked for|requested|a requirement|a condition|applied|applicable|the case|current))\b"#,
        #"^ ?(this|that|these|those|it|they)( (requirements?|conditions?|rules?|criteri(on|a)|practices?|obligations?|restrictions?|tests?))? no longer (applies|apply|exists|exist|stands|holds|hold)\b"#,
        // The writer says it has stopped doing what the clause before says: "Until 2022 we required audited accounts; **we
        // no longer do**", "…; we don't any more", "…; we stopped doing so".
        #"^ ?(but )?(we|they|the [a-z]+) (no longer do|do not any ?more|don't any ?more|do not do (so|this|that) any ?more|(have )?(since |now )?stopped (doing so|doing this|doing that|this|that))\b"#,
    ]
    /// Quantifiers that, opening a clause, negate all of it ("No part of the grant is held back or tied to targets").
    static let clauseOpeners = [
        #"^ ?(no|none of|neither|nothing|nobody|no-one|never|at no (point|stage|time))\b"#,
    ]
    /// Phrases that soften a statement into a preference or an allowance (hedges).
    static let softeners = [
        #"\b(welcomed?|welcomes|encouraged?|encourages|ideally|where possible|wherever possible|if possible|where practicable|wherever practicable|if practicable|if you can|if you are able|where available|if available|if you have (any|it|them|one|some)|preferred|preferable|desirable|an advantage|advantageous|helpful|would help|nice to have)\b"#,
        #"\bcount(s|ed)? (as|towards)\b"#,
        // A stated preference or a prompt to think is no demand: "We prefer projects that bring in some match funding",
        // "Have you thought about how you will find match funding?"
        #"\b(we|i|they|the [a-z]+) (would )?(prefer|prefers)\b"#,
        #"\b(have you|did you|you may want to|you might want to|you could) (thought about|think about|considered|consider|looked at|look at|explored|explore)\b"#,
        // Permission to send is not a demand: "you may send them", "applicants can also include a reference".
        #"\b(you|applicants?|organi[sz]ations?|groups?|bidders?|tenderers?|suppliers?|providers?) (may|can|could|are welcome to|are free to) (also |choose to |optionally |still )?(send|submit|provide|include|attach|upload|share|enclose|supply|add)\b"#,
        // Asking for what an applicant already has is an allowance: "If you have audited accounts, please send them".
        #"\b(if|where) (you|your organi[sz]ation|your group|the applicant|applicants|an applicant|the organi[sz]ation) (already |currently )?(ha(ve|s)|holds?|keeps?|produces?|prepares?)\b"#,
        // A request that might be made, or made only in rare cases, is a possibility, not a requirement: "applicants
        // might be asked to provide…", "the Council may, in exceptional circumstances, ask for…", "in some cases we may
        // ask you for…".
        #"\bmight (also )?(be asked|ask|request|require|be required|need)\b"#,
        #"\b(may|might|could),? (in (some|exceptional|rare|certain|limited) (cases|circumstances),?|exceptionally,?|occasionally,?|on occasion,?|rarely,?) (also )?(ask|request|require|be asked|be required)\b"#,
        #"^ ?(in (some|exceptional|rare|certain|limited) (cases|circumstances)|occasionally|exceptionally|on occasion),? (we|the [a-z]+|you|applicants|bidders|organi[sz]ations|groups) (may|might|could) (also )?(ask|request|require|be asked|be required)\b"#,
    ]
    /// Obligations that, right after a `but` following a softened clause, make the statement a requirement
    /// again ("Match funding may be cash or in kind **but must be confirmed** before award").
    static let obligations = [
        #"^ ?(it |they |this |these |all |any |each )?(must|shall|will need to|will have to|needs? to|has to|have to|(is|are|will be) (required|expected|needed|compulsory|mandatory|essential))\b"#,
    ]
    /// A sentence-initial conditional ("If targets are not met, the grant must be repaid"): its closing comma
    /// ends a clause, so a negation inside the condition does not deny the main clause.
    static let conditionals = [
        #"^ ?(if|where|when|whenever|should|unless|once|until|in the event that)\b[^,;:]{1,100},"#,
    ]
    /// A sentence-initial hedge worded like a condition ("Where possible, please provide audited accounts"), or a date
    /// gone by ("Until 2022, we required…"): it sets no condition, so its comma ends no clause and its softener ("where
    /// possible") or its history reaches the main clause.
    static let softeningConditionals = [
        // Only the first pattern is read. Its second alternative is a date gone by worded like a condition ("Until 2022,",
        // "Until recently,"): it conditions nothing either, so the history it opens reaches the clause after it.
        #"^ ?((if|where|wherever|when|whenever) (at all |reasonably |it is |it's |this is )?(possible|practicable|feasible|you can|you are able|they can|they are able)( to do so)?|(until|up until|before) (recently|last year|(19|20)[0-9]{2})),"#,
    ]
    /// Consequences that shut the applicant or the application out: "you cannot apply", "you are not eligible", "we cannot
    /// fund you", "your application will not be considered", "will be rejected", "is ineligible". A condition whose
    /// consequence is one of these states a requirement (`exclusionSubjects`, `trailingConditions`, `conditionals`).
    static let exclusions = [
        #"\b(need|needs|should) not apply\b"#,
        #"\b(cannot|can't|can not|may not|must not|will not be able to|won't be able to|(are|is) not able to|(are|is|will be) unable to) (apply|bid|tender|submit an application|be funded|be considered|be shortlisted|be accepted|be assessed|proceed|progress|receive (a |any )?(grant|funding))\b"#,
        #"\b((are|is|will be|would be|shall be) not|aren't|isn't|won't be|wouldn't be|(will|would|shall) not be) eligible\b"#,
        #"\b(are|is|will be|would be|shall be|becomes?) (automatically |deemed |considered |treated as |regarded as )?(ineligible|disqualified|excluded|rejected|refused|declined)\b"#,
        #"\b(will|shall|would|can|could)( not|n't) be (considered|accepted|assessed|funded|shortlisted|scored|evaluated|processed|progressed)\b"#,
        #"\b(we|the (council|trust|foundation|fund|authority|funder|panel)) (cannot|can't|will not|won't|are unable to|is unable to|are not able to|do not|does not|don't) (fund|support|accept|consider|assess) (you|them|it|your (application|bid|organi[sz]ation|group)|their (application|bid)|the (application|bid|organi[sz]ation))\b"#,
    ]
    /// Words that name a lack without negating, so a condition of exclusion holding one states a requirement ("Applications
    /// **lacking** audited accounts will be rejected", "…if they **fail to** include audited accounts").
    static let lacks = [
        #"\b(lacks?|lacking|lacked|missing|in the absence of|fails? to|failed to|failing to)\b"#,
    ]
    /// What, right after an exclusion's words, limits it to an amount, a time or a degree rather than shutting anyone out:
    /// "you cannot apply **for more than** £2,000", "applications will not be accepted **after** 5pm on 3 March",
    /// "applications will not be scored **lower**". Such words state no condition of exclusion.
    static let exclusionLimits = [
        #"^ ?(for )?(more than|over|up to|above|sums|amounts|grants of more|grants over)\b"#,
        #"^ ?(after|later than|beyond|past)\b"#,
        #"^ ?(lower|higher|less|down|differently|unfavourably|less favourably|negatively|worse)\b"#,
    ]
    /// Exclusions and penalties denied: "**No application will be rejected** because…", "**Nobody will be excluded** if…",
    /// "applications **will not be scored lower** because…", "this **will not count against** you". The reason or
    /// condition that follows (`reassuranceReasons`) is what will not count against the applicant, so it asks for nothing.
    static let reassurances = [
        #"\b(will|shall|would|can|could|should|must|may)( not|n't| never) (be )?(rejected|excluded|refused|declined|disqualified|turned away|ruled out|penali[sz]ed|disadvantaged|marked down|scored (lower|down)|rated lower|treated (less favourably|differently|unfairly)|prevented from applying|stopped from applying)\b"#,
        #"\b(will|shall|would|does|do|should)( not|n't| never) (count|be (held|used|counted)) against\b"#,
        #"^ ?(no|none of|neither|nobody|no-one|no one)\b[^.;:]{0,40}\b(will|shall|would|can|could|is|are)( be)? (rejected|excluded|refused|declined|disqualified|turned away|ruled out|penali[sz]ed|disadvantaged|marked down|scored (lower|down)|rated lower|treated (less favourably|differently|unfairly))\b"#,
    ]
    /// The openings of the reason or condition after a reassurance ("…will be rejected **because** it lacks audited
    /// accounts", "…**for** not having…", "…**if** they do not have…"); `unless` is not one: "Nobody will be rejected
    /// unless they lack accounts" rejects those who do, and nor is `as long as`.
    static let reassuranceReasons = [
        #"\b(because|for|if|where|when|whenever|on the grounds that|due to|owing to|as a result of)\b"#,
    ]
    /// The opening of a clause whose subject is described by a condition before an exclusion ("Organisations **trading
    /// for** less than two years are not eligible", "Applicants **who** cannot provide audited accounts will be
    /// rejected"): a kind of applicant or application, then a relative word, `with`, `without` or a participle.
    static let exclusionSubjects = [
        #"^ ?((any|all|the|an?|your|their|those|such|new|small) )?(organi[sz]ations?|applicants?|groups?|charities|bodies|providers?|suppliers?|bidders?|tenderers?|applications?|bids?|tenders?|submissions?|proposals?|those|anyone|anybody|businesses|companies|enterprises|candidates)( [a-z-]+)? (who|that|which|whose|with|without|lacking|having|[a-z]+ing)\b"#,
        // "Applications from groups trading for less than two years will not be accepted."
        #"^ ?((any|all|the) )?(applications?|bids?|tenders?|submissions?|proposals?|requests?) (from|by) ((any|all|the|an?|those|such|new|small) )?(organi[sz]ations?|applicants?|groups?|charities|bodies|providers?|suppliers?|bidders?|tenderers?|those|anyone|anybody|businesses|companies|enterprises|candidates)( [a-z-]+)? (who|that|which|whose|with|without|lacking|having|[a-z]+ing)\b"#,
    ]
    /// A condition after an exclusion ("You cannot apply **if** you have been trading for less than two years").
    static let trailingConditions = [
        #"\b(if|unless|where|whenever|when|should|in the event that|in cases where)\b"#,
    ]
    /// Practices given up, read again as present refusals (`SentenceReReading`): "we **no longer accept** paper
    /// applications" as "we will not accept…", "paper applications **are no longer accepted**" as "…are not accepted",
    /// "we **have stopped accepting** them" as "we will not accept them". Withdrawing an accessible option is then
    /// found by the patterns that spell out its refusal, while a barrier given up stays negated either way.
    static let cessations = [
        #"\bno longer (accept|offer|take|allow|provide|consider|receive|run|hold|give|fund|support|send|issue|publish|use|make|permit|pay)s?\b"#,
        #"\b(is|are|was|were|be|been) no longer (accepted|offered|taken|allowed|provided|considered|received|run|held|given|funded|supported|sent|issued|published|used|made|permitted|paid|available|possible)\b"#,
        #"\b(((have|has|had)( now| since| recently| already)? )?(stopped|ceased)|(are|is) no longer) (accepting|offering|taking|allowing|providing|considering|receiving|running|holding|giving|funding|supporting|sending|issuing|publishing|using|making|permitting|paying)\b"#,
    ]
    /// Words that offer something ("Paper forms are **available on request**", "You **can also** apply by phone", "**We can
    /// send** you a paper form"): a next sentence whose exception is offered so qualifies the sentence before, whatever
    /// its opening word (`TextMatch.isExcepted(byNext:in:scratch:)`).
    static let offers = [
        #"\b(available|on request|upon request|if you ask|just ask|ask us|happy to|(can|may|could) also|also (accept|take|welcome)|(we|you) (can|could|may|will|'ll) (send|post|call|phone|ring|apply|submit|request|take|arrange))\b"#,
    ]
    /// Words of a practice given up, in a pattern's own match ("unsuccessful applicants will **no longer** be contacted").
    static let cessationWords = [
        #"\b(no longer|stopped|ceased|discontinued)\b"#,
    ]
    /// Ways of doing something: a channel or a means of payment ("paper", "by post", "email", "cheque"). A practice given up
    /// that names none while one follows it ("we no longer offer feedback **by letter**", `channelsAfter`) gives up only
    /// that way of doing it.
    static let channels = [
        #"\b(letters?|post|postal|posted|mail|phone|telephone|email|e-mail|emailed|text messages?|sms|paper|written|writing|in person|video|fax|cheques?|bank transfer|hard[- ]copy|online|portal|website)\b"#,
    ]
    /// A way of doing something right after a practice given up (up to four words on): "…feedback **by letter**", "…contacted
    /// **by post**", "…paid in advance **by cheque**", "…**online**".
    static let channelsAfter = [
        #"^ ?([a-z'-]+ ){0,4}((by|via|through|over|in|on|using) (a |an |the |their |your |our )?(letters?|post|mail|phone|telephone|email|e-mail|text messages?|text|sms|paper|writing|person|video( calls?)?|fax|cheques?|bank transfer|hard[- ]copy)|online)\b"#,
    ]
    /// States denied inside the condition of an exclusion, read again as the requirement they imply by
    /// `SentenceReReading`: "If you **are not** a registered charity, we cannot fund you" as "If you must be a registered
    /// charity…", "If you **aren't** / your organisation **is not** registered…" as "…must be registered…", "If your group
    /// **does not have** a bank account, you cannot apply" as "…must have a bank account…".
    static let negatedStates = [
        #"\b(are not|is not|am not|aren't|isn't|(do|does) not (have|hold)|(don't|doesn't) (have|hold)|(have|has) not (got|been)|(haven't|hasn't) (got|been))\b"#,
        #"\b[a-z]+'re not\b"#,
    ]
    /// States an `unless` names inside the condition of an exclusion, read again as the requirement they are by
    /// `SentenceReReading`: "We cannot fund you **unless you are** a registered charity" as "…unless you must be a
    /// registered charity", "You cannot apply **unless your accounts are** audited" as "…must be audited". Only the verb
    /// is rewritten; it comes after the subject (one to three words).
    static let requiredStates = [
        #"\bunless ([a-z-]+ ){1,3}?(are|is|am|have|has|hold|holds)\b"#,
        #"\bunless ([a-z-]+ ){0,2}[a-z]+'re\b"#,
    ]
    /// Numbers written twice, in words and in figures, as legal drafting does ("five (5) years", "10 (ten) per cent"): the
    /// second reading (`SentenceReReading`) drops the bracketed copy, so "not less than five (5) years" reads "not less
    /// than five years".
    static let repeatedNumbers = [
        #"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million)( per ?cent)? \([0-9][0-9,.]*( ?%| per ?cent)?\)"#,
        #"\b[0-9][0-9,.]*( ?%| per ?cent)? \((one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|[a-z]+-[a-z]+)( per ?cent)?\)"#,
    ]
    /// Shortfalls that, inside the condition of an exclusion ("If you have been trading for **less than** two years,
    /// you cannot apply"), are read again as the minimum they imply ("…more than two years") by `SentenceReReading`.
    static let shortfalls = [
        #"\b(less than|fewer than|under|below)\b"#,
    ]
    /// Where clauses begin and end: punctuation and linking words that start a new proposition.
    static let boundaries = [
        #"[;:()]| - | – | — "#,
        #"\b(but|however|although|though|whereas|except|unless|other than|apart from|so that|because|whilst)\b"#,
        #", (and|or|so|while|which|who|as|since|if|when|where|then)\b"#,
    ]

    /// One list of compiled cues, with where its patterns are numbered in `prefilter`.
    struct CueList: Sendable {
        /// The compiled patterns.
        let patterns: [TextPattern]
        /// The prefilter number of the first pattern.
        let base: Int
    }

    let before: CueList
    let after: CueList
    let pseudo: CueList
    let refusals: CueList
    let clauseOpeners: CueList
    /// The compiled `retractions`.
    let retractions: CueList
    let softeners: CueList
    let boundaries: CueList
    let obligations: CueList
    let conditionals: CueList
    /// The compiled `softeningConditionals`.
    let softeningConditionals: CueList
    /// The compiled `cessations`.
    let cessations: CueList
    /// The compiled `offers`.
    let offers: CueList
    /// The compiled `cessationWords`.
    let cessationWords: CueList
    /// The compiled `channels`.
    let channels: CueList
    /// The compiled `channelsAfter`.
    let channelsAfter: CueList
    /// The compiled `shortfalls`.
    let shortfalls: CueList
    /// The compiled `repeatedNumbers`.
    let repeatedNumbers: CueList
    /// The compiled `negatedStates`.
    let negatedStates: CueList
    /// The compiled `requiredStates`.
    let requiredStates: CueList
    /// The compiled `exclusions`.
    let exclusions: CueList
    /// The compiled `lacks`.
    let lacks: CueList
    /// The compiled `exclusionLimits`.
    let exclusionLimits: CueList
    /// The compiled `reassurances`.
    let reassurances: CueList
    /// The compiled `reassuranceReasons`.
    let reassuranceReasons: CueList
    /// The compiled `exclusionSubjects`.
    let exclusionSubjects: CueList
    /// The compiled `trailingConditions`.
    let trailingConditions: CueList
    /// The compiled `nilAnswers`.
    let nilAnswers: CueList
    /// The compiled `optionalAnswers`.
    let optionalAnswers: CueList
    /// The compiled `waivedValues`.
    let waivedValues: CueList
    /// Every cue pattern of every list, so one pass over a sentence rules out the cues whose literals it lacks.
    let prefilter: LiteralPrefilter

    /// Every cue pattern's source, for the known-pattern table.
    static var sources: [String] {
        before + after + pseudo + refusals + clauseOpeners + retractions + softeners + boundaries + obligations + conditionals + softeningConditionals + nilAnswers
            + optionalAnswers + waivedValues + exclusions + lacks + exclusionLimits + reassurances + reassuranceReasons + exclusionSubjects + trailingConditions
            + cessations + offers + cessationWords + channels + channelsAfter + shortfalls + negatedStates + requiredStates + repeatedNumbers
    }

    /// The compiled cues (the cue lists are fixed and known to compile).
    static let shared = NegationCues()

    private init() {
        var all: [TextPattern] = []
        func compile(_ sources: [String]) -> CueList {
            let list = CueList(patterns: sources.compactMap { try? TextPattern($0) }, base: all.count)
            all += list.patterns
            return list
        }
        before = compile(Self.before)
        after = compile(Self.after)
        pseudo = compile(Self.pseudo + Self.refusals)
        refusals = compile(Self.refusals)
        clauseOpeners = compile(Self.clauseOpeners)
        retractions = compile(Self.retractions)
        softeners = compile(Self.softeners)
        boundaries = compile(Self.boundaries)
        obligations = compile(Self.obligations)
        conditionals = compile(Self.conditionals)
        softeningConditionals = compile(Self.softeningConditionals)
        nilAnswers = compile(Self.nilAnswers)
        optionalAnswers = compile(Self.optionalAnswers)
        waivedValues = compile(Self.waivedValues)
        exclusions = compile(Self.exclusions)
        cessations = compile(Self.cessations)
        offers = compile(Self.offers)
        cessationWords = compile(Self.cessationWords)
        channels = compile(Self.channels)
        channelsAfter = compile(Self.channelsAfter)
        shortfalls = compile(Self.shortfalls)
        repeatedNumbers = compile(Self.repeatedNumbers)
        negatedStates = compile(Self.negatedStates)
        requiredStates = compile(Self.requiredStates)
        lacks = compile(Self.lacks)
        exclusionLimits = compile(Self.exclusionLimits)
        reassurances = compile(Self.reassurances)
        reassuranceReasons = compile(Self.reassuranceReasons)
        exclusionSubjects = compile(Self.exclusionSubjects)
        trailingConditions = compile(Self.trailingConditions)
        prefilter = LiteralPrefilter(patterns: all)
    }

    /// The cue requirements met in `sentence` of `text`, for `all(_:in:range:scratch:sentence:)`.
    func candidates(in text: ProseText, sentence: Range<Int>) -> PatternCandidates {
        prefilter.candidates(in: text, sentences: [sentence])
    }

    /// The most matches of one pattern collected in one sentence, which keeps the work linear in the text.
    static let maxMatchesPerSentence = 16

    /// `all(_:in:range:scratch:)` for a cue list, skipping the cues whose literals the sentence (`candidates`,
    /// found for a sentence holding `range`) lacks: they cannot match anywhere in it.
    func all(_ list: CueList, in text: ProseText, range: Range<Int>, scratch: PatternScratch, sentence candidates: PatternCandidates) -> [Range<Int>] {
        let filter = prefilter.filter(candidates, sentence: 0, base: list.base)
        let present = list.patterns.indices.filter { filter.allows($0) }.map { list.patterns[$0] }
        return present.isEmpty ? [] : Self.all(present, in: text, range: range, scratch: scratch)
    }

    /// The non-overlapping matches (at most `maxMatchesPerSentence` each) of `patterns` in `range`, in order of start.
    static func all(_ patterns: [TextPattern], in text: ProseText, range: Range<Int>, scratch: PatternScratch = PatternScratch(usesAutomata: false)) -> [Range<Int>] {
        var found: [Range<Int>] = []
        for pattern in patterns {
            var lower = range.lowerBound
            var count = 0
            while count < maxMatchesPerSentence, lower < range.upperBound,
                  let match = pattern.firstMatch(in: text, range: lower..<range.upperBound, scratch: scratch) {
                count += 1
                found.append(match)
                lower = max(match.upperBound, match.lowerBound + 1)
            }
        }
        return found.sorted { $0.lowerBound < $1.lowerBound }
    }
}
