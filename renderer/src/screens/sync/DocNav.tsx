// The navigation's second group, under the sections: "Gegevens" (backups, check, packages) and "Handleiding".
import { Nav, NavItem, makeStyles, tokens } from '@fluentui/react-components';
import { BookQuestionMarkRegular, DatabaseRegular } from '@fluentui/react-icons';
import { nld } from '../../i18n/nl-documents';
import { sectionOf, useAppState } from '../../app/state';

const useStyles = makeStyles({
  nav: { backgroundColor: 'transparent', padding: 0, rowGap: '2px', marginTop: tokens.spacingVerticalS },
  divider: {
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    margin: `0 ${tokens.spacingHorizontalXS} ${tokens.spacingVerticalS}`,
  },
  item: {
    backgroundColor: 'transparent',
    ':hover': { backgroundColor: tokens.colorNeutralBackground3Hover },
    ':active': { backgroundColor: tokens.colorNeutralBackground3Pressed },
  },
});

export function DocNav() {
  const s = useStyles();
  const { route, navigate } = useAppState();
  const current = sectionOf(route);
  return (
    <Nav
      className={s.nav}
      selectedValue={current === 'data' || current === 'help' ? current : ''}
      onNavItemSelect={(_e, data) => navigate({ screen: data.value === 'help' ? 'help' : 'data' })}
      density="medium"
      aria-label={nld.docNav.data}
    >
      <div className={s.divider} />
      <NavItem className={s.item} value="data" icon={<DatabaseRegular />} data-section="data">
        {nld.docNav.data}
      </NavItem>
      <NavItem className={s.item} value="help" icon={<BookQuestionMarkRegular />} data-section="help">
        {nld.docNav.help}
      </NavItem>
    </Nav>
  );
}
